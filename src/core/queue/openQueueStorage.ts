import type { Logger } from '../logger';
import { openSqlJsStorage } from './sqljs/sqlJsStorage';
import type { QueueStorage } from './storage';

export interface OpenQueueOptions {
  logger?: Logger;
  /** PostgreSQL: how long a claim holds without a heartbeat. */
  leaseMs?: number;
  /** Embedded store: asked before a file that is not a database is moved aside. */
  confirmMoveAside?: (message: string) => Promise<boolean>;
  /** Embedded store: only look (no lock, nothing created or written). */
  readOnly?: boolean;
  /** Embedded store: refuse a path with no queue instead of creating one. */
  mustExist?: boolean;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The queue at `location`: a postgres:// URL names a shared server, anything else a database file. */
export async function openQueueStorage(location: string, options: OpenQueueOptions = {}): Promise<QueueStorage> {
  if (isPostgresUrl(location)) {
    // pg is loaded only for a team queue: a file queue's commands start without it.
    const { openPgStorage } = await import('./postgres/pgStorage.js');
    return openPgStorage(location, { logger: options.logger, leaseMs: options.leaseMs });
  }
  const { logger, confirmMoveAside, readOnly, mustExist } = options;
  return openSqlJsStorage(location, { logger, confirmMoveAside, readOnly, mustExist });
}
