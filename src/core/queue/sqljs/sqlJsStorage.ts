import { DatabaseError } from '../../db/errors';
import { Store, moveAside } from '../../db/store';
import type { Disposable } from '../../events';
import { type Logger, silentLogger } from '../../logger';
import type { StatusCounts } from '../cvRecord';
import type { QueueStorage, SaveState } from '../storage';
import { SqlJsClaimRepository } from './claimRepository';
import { SqlJsCvRepository, statusCounts } from './cvRepository';
import { SqlJsProjectRepository } from './projectRepository';
import { SqlJsReviewRepository } from './reviewRepository';

/** The embedded queue: one SQLite file held in memory by sql.js (see Store). */
export class SqlJsStorage implements QueueStorage {
  readonly cvs: SqlJsCvRepository;
  readonly projects: SqlJsProjectRepository;
  readonly claims: SqlJsClaimRepository;
  readonly reviews: SqlJsReviewRepository;

  constructor(readonly store: Store) {
    this.cvs = new SqlJsCvRepository(store);
    this.projects = new SqlJsProjectRepository(store);
    this.claims = new SqlJsClaimRepository(store);
    this.reviews = new SqlJsReviewRepository(store);
    if (!store.readOnly) store.snapshotOnSave((db) => statusCounts(db));
  }

  get location(): string {
    return this.store.file;
  }

  flush(): Promise<void> {
    return this.store.flush();
  }

  async saveState(): Promise<SaveState> {
    return this.currentSaveState();
  }

  watchSaves(listener: (state: SaveState) => void): Disposable {
    return this.store.onDidChangeSaveError(() => listener(this.currentSaveState()));
  }

  private currentSaveState(): SaveState {
    return { failure: this.store.lastSaveError?.message, saved: this.store.savedSnapshot as StatusCounts };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

export interface OpenSqlJsOptions {
  logger?: Logger;
  /**
   * Asked when the file is not a database (damaged, or something else with that name): true
   * moves it aside, keeping it, so a fresh queue can start. Without it the error is thrown.
   */
  confirmMoveAside?: (message: string) => Promise<boolean>;
  /** Only look (see StoreOptions.readOnly): no lock, nothing created or written. */
  readOnly?: boolean;
  /** Refuse a path with no queue instead of creating one. */
  mustExist?: boolean;
}

export async function openSqlJsStorage(file: string, options: OpenSqlJsOptions = {}): Promise<SqlJsStorage> {
  const logger = options.logger ?? silentLogger;
  const storeOptions = { logger, readOnly: options.readOnly, mustExist: options.mustExist };
  try {
    return new SqlJsStorage(await Store.open(file, storeOptions));
  } catch (err) {
    if (!(err instanceof DatabaseError) || err.code !== 'NOT_A_DATABASE' || !options.confirmMoveAside) throw err;
    logger.error(err.message);
    if (!(await options.confirmMoveAside(err.message))) throw err;
    const kept = await moveAside(file);
    logger.warn(`Moved the unreadable database to ${kept} and started a fresh queue.`);
    return new SqlJsStorage(await Store.open(file, storeOptions));
  }
}
