import { Client } from 'pg';
import { Emitter } from '../../events';
import { type Logger, errorMessage } from '../../logger';

export const CHANNEL = 'samsara_queue';
const RECONNECT_MS = 2_000;

/**
 * One connection that LISTENs for the queue's NOTIFY (sent by the schema's triggers on every
 * change) and fires `onNotify` with what changed ('cvs' or 'projects'). A lost connection is
 * opened again, and then fires once, since changes may have been missed meanwhile.
 */
export class PgListener {
  private readonly notified = new Emitter<string>();
  readonly onNotify = this.notified.event;
  private client: Client | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'samsara-cv-queue-listen' });
    client.on('notification', (n) => this.notified.fire(n.payload ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private lost(client: Client, err?: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.logger.warn(`Lost the connection that listens for queue changes${err ? `: ${err.message}` : ''}; reconnecting`);
    this.retry = setTimeout(() => void this.reconnect(), RECONNECT_MS);
    this.retry.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.start();
      this.notified.fire('cvs');
    } catch (err) {
      this.logger.warn(`Could not listen for queue changes: ${errorMessage(err)}`);
      this.retry = setTimeout(() => void this.reconnect(), RECONNECT_MS);
      this.retry.unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
