import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DatabaseError } from '../../db/errors';
import type { Disposable } from '../../events';
import { type Logger, errorMessage, silentLogger } from '../../logger';
import type { QueueStorage } from '../storage';
import { ClaimAnnouncer } from './pgClaimAnnouncer';
import { PgClaimRepository } from './pgClaimRepository';
import { PgCvRepository } from './pgCvRepository';
import { PgDb } from './pgDb';
import { PgListener } from './pgListener';
import { migratePg } from './pgMigrations';
import { PgProjectRepository } from './pgProjectRepository';
import { PgReviewRepository } from './pgReviewRepository';

export const DEFAULT_LEASE_MS = 60_000;

export interface OpenPgOptions {
  logger?: Logger;
  /** How long a claim holds without a heartbeat; a dead worker's CVs are taken over after it. */
  leaseMs?: number;
  /** Connections this client keeps open at most. */
  poolSize?: number;
}

/** True for the connection strings that name a PostgreSQL server rather than a file. */
/** The connection string without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}

/** A queue shared by many clients on one PostgreSQL database. */
export class PgStorage implements QueueStorage {
  readonly cvs: PgCvRepository;
  readonly projects: PgProjectRepository;
  readonly claims: PgClaimRepository;
  readonly reviews: PgReviewRepository;
  private readonly heartbeat: NodeJS.Timeout;
  private listener: PgListener | undefined;
  private readonly announcer: ClaimAnnouncer;

  constructor(
    readonly db: PgDb,
    readonly location: string,
    private readonly url: string,
    private readonly logger: Logger,
    leaseMs: number,
  ) {
    // One id per opened queue: it marks this client's claims for heartbeats and for reset.
    const clientId = randomUUID();
    this.cvs = new PgCvRepository(db, clientId);
    this.projects = new PgProjectRepository(db);
    this.announcer = new ClaimAnnouncer(db, logger);
    this.claims = new PgClaimRepository(db, clientId, leaseMs, this.announcer);
    this.reviews = new PgReviewRepository(db);
    // Three beats per lease: one lost beat never costs a claim.
    this.heartbeat = setInterval(() => void this.beat(), Math.max(50, Math.floor(leaseMs / 3)));
    this.heartbeat.unref();
  }

  private async beat(): Promise<void> {
    try {
      await this.claims.renewLeases();
    } catch (err) {
      this.logger.warn(`Could not renew the leases of the CVs being processed: ${errorMessage(err)}`);
    }
  }

  /** Calls `listener` whenever any client changes the queue (what: 'cvs' or 'projects'). */
  async watch(listener: (what: string) => void): Promise<Disposable> {
    if (!this.listener) {
      this.listener = new PgListener(this.url, this.logger);
      await this.listener.start();
    }
    return this.listener.onNotify(listener);
  }

  /** Every write is committed when its statement returns. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.announcer.flush();
    await this.listener?.close();
    await this.db.pool.end();
  }
}

/** Connects (password from the URL, PGPASSWORD or ~/.pgpass; TLS by sslmode) and migrates. */
export async function openPgStorage(url: string, options: OpenPgOptions = {}): Promise<PgStorage> {
  const logger = options.logger ?? silentLogger;
  const location = redactUrl(url);
  const pool = new Pool({ connectionString: url, max: options.poolSize ?? 4, application_name: 'samsara-cv-queue' });
  // An idle connection the server dropped must not crash the process; the next query reconnects.
  pool.on('error', (err) => logger.warn(`PostgreSQL connection lost: ${err.message}`));
  try {
    const client = await pool.connect();
    try {
      const ran = await migratePg(client, location);
      if (ran) logger.info(`Database ${location} migrated (${ran} step${ran === 1 ? '' : 's'})`);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof DatabaseError) throw err;
    throw new Error(`Could not open the queue at ${location}: ${errorMessage(err)}`);
  }
  return new PgStorage(new PgDb(pool), location, url, logger, options.leaseMs ?? DEFAULT_LEASE_MS);
}
