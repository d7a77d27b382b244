import fs from 'node:fs/promises';
import type { Database } from 'sql.js';
import { Emitter } from '../events';
import { type Logger, errorMessage, silentLogger } from '../logger';
import { SaveError, atomicWrite, removeLeftoverTempFiles } from './atomicWrite';
import { checkPath, isPosix, makeFolder, readDatabase, tightenMode } from './databaseFile';
import { FileLock } from './lock';
import { removeLockLeftovers } from './lockFiles';
import { prepareDatabase, tuneConnection } from './prepareDatabase';
import { forgetStatements } from './sql';

export interface StoreOptions {
  logger?: Logger;
  /** Shortest wait between a change and its background save. */
  saveDelayMs?: number;
  /**
   * Background saves may use at most this share of wall time (default 4 %): after a save that
   * took d ms the next one waits d * (1 / share - 1). A 0.5 s save of an 88 MB database is then
   * followed by 12 s of work, so saving stays small however large the file grows; a crash in
   * between only means those CVs are processed again.
   */
  maxSaveShare?: number;
  /**
   * Only look: no lock file, no folder or file created, nothing written (an older schema is
   * upgraded in memory only), so it works in a read-only folder and beside a running writer.
   * The file must exist. Saving changes made in memory throws.
   */
  readOnly?: boolean;
  /** Refuse a path with no database (MISSING) instead of creating folders and a new file. */
  mustExist?: boolean;
}

/**
 * The one SQLite database of the queue, held in memory by sql.js and written whole to disk.
 * Changes mark it dirty; saves are coalesced and run one at a time; `flush()` is the durability
 * point for callers that must not return before their change is on disk.
 */
export class Store {
  private dirty = false;
  private saving: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastSaveMs = 0;
  private closed = false;
  private txDepth = 0;
  saveCount = 0;
  saveTotalMs = 0;
  /** Why the last save failed, until a later one succeeds. */
  lastSaveError: SaveError | undefined;
  /** What `takeSnapshot` saw of the database that the last successful save wrote. */
  savedSnapshot: unknown;
  private takeSnapshot: ((db: Database) => unknown) | undefined;
  private readonly saveOutcome = new Emitter<SaveError | undefined>();
  /**
   * Fires when saving starts to fail (with the error) and when a save succeeds again (undefined),
   * not at every save: a caller reacts once to a disk that filled up, and once to its recovery.
   */
  readonly onDidChangeSaveError = this.saveOutcome.event;

  private constructor(
    readonly db: Database,
    readonly file: string,
    private readonly lock: FileLock | undefined,
    private readonly logger: Logger,
    private readonly saveDelayMs: number,
    private readonly maxSaveShare: number,
  ) {}

  get readOnly(): boolean {
    return !this.lock;
  }

  static async open(file: string, options: StoreOptions = {}): Promise<Store> {
    const logger = options.logger ?? silentLogger;
    const readOnly = options.readOnly ?? false;
    await checkPath(file, readOnly || (options.mustExist ?? false));
    let lock: FileLock | undefined;
    if (!readOnly) {
      await makeFolder(file);
      lock = new FileLock(`${file}.lock`);
      lock.acquire();
    }
    try {
      if (lock) await removeLeftovers(file);
      const { db, isNew } = await readDatabase(file);
      const store = new Store(db, file, lock, logger, options.saveDelayMs ?? 250, options.maxSaveShare ?? 0.04);
      const changed = prepareDatabase(db, file, isNew, logger);
      if (lock && !isNew) await store.makePrivate();
      store.lastSaveMs = estimateSaveMs(db);
      if (changed && lock) {
        store.dirty = true;
        await store.flush();
      }
      return store;
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  private async makePrivate(): Promise<void> {
    const old = await tightenMode(this.file);
    if (old !== undefined) this.logger.info(`Made ${this.file} readable by its owner only (mode ${old.toString(8)} → 600): it holds candidates' personal data.`);
  }

  /**
   * Calls `take` right before each save exports the database, and keeps its answer once that save
   * is on disk: a caller can then say what is on disk without reading the file back.
   */
  snapshotOnSave(take: (db: Database) => unknown): void {
    this.takeSnapshot = take;
    this.savedSnapshot = take(this.db);
  }

  /** Runs `fn` in one transaction; sql.js cannot export mid-transaction, and saves never start inside one. */
  transaction<T>(fn: () => T): T {
    // Nested calls join the outer transaction; an error anywhere rolls back the whole of it.
    if (this.txDepth > 0) return this.nested(fn);
    this.db.run('BEGIN');
    try {
      const result = this.nested(fn);
      this.db.run('COMMIT');
      this.markDirty();
      return result;
    } catch (err) {
      this.db.run('ROLLBACK');
      throw err;
    }
  }

  private nested<T>(fn: () => T): T {
    this.txDepth++;
    try {
      return fn();
    } finally {
      this.txDepth--;
    }
  }

  markDirty(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.timer || this.saving || this.readOnly) return;
    const wait = Math.max(this.saveDelayMs, this.lastSaveMs * (1 / this.maxSaveShare - 1));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch((err) => this.logger.error(err instanceof SaveError ? err.message : `Saving the database ${this.file} failed: ${errorMessage(err)}`));
    }, wait);
    this.timer.unref?.();
  }

  /** Resolves once every change made before the call is on disk. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.saving) await this.saving;
    if (!this.dirty) return;
    if (this.readOnly) throw new Error(`The CV queue database ${this.file} was opened read-only: changes cannot be saved.`);
    this.saving = this.save();
    try {
      await this.saving;
    } finally {
      this.saving = undefined;
    }
    if (this.dirty && !this.closed) this.markDirty();
  }

  private async save(): Promise<void> {
    const started = performance.now();
    this.dirty = false;
    try {
      const snapshot = this.takeSnapshot?.(this.db);
      const bytes = this.db.export();
      forgetStatements(this.db); // export() freed them
      tuneConnection(this.db); // export() reopens the connection, which forgets its pragmas
      await atomicWrite(this.file, bytes);
      this.savedSnapshot = snapshot;
      this.setSaveError(undefined);
    } catch (err) {
      this.dirty = true;
      if (err instanceof SaveError) this.setSaveError(err);
      throw err;
    }
    this.lastSaveMs = performance.now() - started;
    this.saveCount++;
    this.saveTotalMs += this.lastSaveMs;
  }

  private setSaveError(error: SaveError | undefined): void {
    const changed = !error !== !this.lastSaveError;
    this.lastSaveError = error;
    if (changed) this.saveOutcome.fire(error);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.readOnly) await this.flush();
    } finally {
      this.closed = true;
      forgetStatements(this.db);
      this.db.close();
      this.lock?.release();
    }
  }
}

// A whole-file save runs at roughly this many bytes per millisecond here (export + write + fsync).
const SAVE_BYTES_PER_MS = 150_000;

/**
 * Until the first save is timed, guess its cost from the database's size, so a large database
 * is not saved within a quarter second of the first change and then again at close.
 */
function estimateSaveMs(db: Database): number {
  const pages = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0] ?? 0);
  const pageSize = Number(db.exec('PRAGMA page_size')[0]?.values[0]?.[0] ?? 4096);
  return (pages * pageSize) / SAVE_BYTES_PER_MS;
}

/** Renames an unusable database out of the way so a fresh one can be started; returns the new name. */
export async function moveAside(file: string): Promise<string> {
  const target = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(file, target);
  // The kept file may hold candidates' data: it stays as private as the queue itself.
  if (isPosix) await fs.chmod(target, 0o600);
  return target;
}

/** Under the lock no one else is writing: what is left beside the database was left by a crash. */
async function removeLeftovers(file: string): Promise<void> {
  await removeLeftoverTempFiles(file);
  await removeLockLeftovers(`${file}.lock`);
}
