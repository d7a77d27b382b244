import type { Logger } from '../logger';
import { isPostgresUrl, openPgStorage } from './postgres/pgStorage';
import { openSqlJsStorage } from './sqljs/sqlJsStorage';
import type { QueueStorage } from './storage';

export interface OpenQueueOptions {
  logger?: Logger;
  /** PostgreSQL: how long a claim holds without a heartbeat. */
  leaseMs?: number;
  /** Embedded store: asked before a file that is not a database is moved aside. */
  confirmMoveAside?: (message: string) => Promise<boolean>;
}

/** The queue at `location`: a postgres:// URL names a shared server, anything else a database file. */
export function openQueueStorage(location: string, options: OpenQueueOptions = {}): Promise<QueueStorage> {
  if (isPostgresUrl(location)) return openPgStorage(location, { logger: options.logger, leaseMs: options.leaseMs });
  return openSqlJsStorage(location, { logger: options.logger, confirmMoveAside: options.confirmMoveAside });
}
