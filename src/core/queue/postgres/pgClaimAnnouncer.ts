import { type Logger, errorMessage } from '../../logger';
import type { PgDb } from './pgDb';
import { CHANNEL } from './pgListener';

// Well inside the second in which open views promise to show another client's change.
const DELAY_MS = 200;

/**
 * Announces this client's claims, which the schema's trigger leaves unannounced (a NOTIFY in the
 * claim would serialise every worker's claim at commit, see pgCountSlots.ts): one notification a
 * moment after a claim, for every claim made meanwhile, sent outside any claim's transaction.
 * Workers need not hear of claims; the views do, to show the CV as processing.
 */
export class ClaimAnnouncer {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: PgDb,
    private readonly logger: Logger,
  ) {}

  claimed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.send(), DELAY_MS);
    // A process about to exit closes its storage first, and close() sends what is pending.
    this.timer.unref();
  }

  /** Sends a pending announcement now: before the connections close. */
  async flush(): Promise<void> {
    if (this.timer) await this.send();
  }

  private async send(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      await this.db.run(`SELECT pg_notify('${CHANNEL}', 'cvs')`);
    } catch (err) {
      this.logger.warn(`Could not announce the CVs this client started: ${errorMessage(err)}`);
    }
  }
}
