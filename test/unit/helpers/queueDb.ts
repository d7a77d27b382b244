import path from 'node:path';
import type { Store } from '../../../src/core/db/store';
import type { SqlJsClaimRepository } from '../../../src/core/queue/sqljs/claimRepository';
import type { SqlJsCvRepository } from '../../../src/core/queue/sqljs/cvRepository';
import type { SqlJsProjectRepository } from '../../../src/core/queue/sqljs/projectRepository';
import { type SqlJsStorage, openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { useTmpDir } from './tmp';

export interface QueueDb {
  readonly storage: SqlJsStorage;
  readonly cvs: SqlJsCvRepository;
  readonly projects: SqlJsProjectRepository;
  readonly claims: SqlJsClaimRepository;
  /** The sql.js store underneath, for tests that look at the file or the SQL. */
  readonly store: Store;
  /** The test's temporary folder, which holds the database file. */
  readonly dir: string;
  readonly file: string;
  /** Closes and opens the file again, so what follows sees what is on disk. */
  reopen(): Promise<void>;
}

/**
 * A real queue database in a fresh temporary folder for every test, opened before it and closed
 * (saved) after it, before the folder goes. `beforeClose` runs first (e.g. stopping a worker).
 */
export function useQueueDb(beforeClose?: () => Promise<void> | void): QueueDb {
  let storage: SqlJsStorage | undefined;
  const tmp = useTmpDir(async () => {
    await beforeClose?.();
    await storage?.close();
    storage = undefined;
  });
  beforeEach(async () => {
    storage = await openSqlJsStorage(path.join(tmp(), 'samsara.db'));
  });
  const open = (): SqlJsStorage => {
    if (!storage) throw new Error('useQueueDb: the database is open only inside a test');
    return storage;
  };
  return {
    get storage() {
      return open();
    },
    get cvs() {
      return open().cvs;
    },
    get projects() {
      return open().projects;
    },
    get claims() {
      return open().claims;
    },
    get store() {
      return open().store;
    },
    get dir() {
      return tmp();
    },
    get file() {
      return path.join(tmp(), 'samsara.db');
    },
    async reopen() {
      await open().close();
      storage = await openSqlJsStorage(path.join(tmp(), 'samsara.db'));
    },
  };
}
