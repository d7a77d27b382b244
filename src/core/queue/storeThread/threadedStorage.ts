import { type Disposable, Emitter } from '../../events';
import { silentLogger } from '../../logger';
import type { OpenSqlJsOptions } from '../sqljs/sqlJsStorage';
import type { ClaimRepository, CvRepository, ProjectRepository, QueueStorage, ReviewRepository, SaveState } from '../storage';
import { StoreConnection, type StoreThreadError } from './storeConnection';
import { STORAGE_TARGET } from './storeRpc';

/** The in-process store's options; `confirmMoveAside` is asked on the main thread. */
export interface ThreadedStorageOptions extends OpenSqlJsOptions {
  /** The thread's script (dist/storeThread.js in the extension). */
  threadScript: string;
}

/**
 * The embedded store on a thread of its own: the database, its saves, migrations and checks live
 * there, and every repository method here forwards its call. The repositories are built from the
 * method names the thread reports, so a new repository method needs no change here. When the
 * thread dies, its calls fail with StoreThreadError and the next call opens the database again.
 */
export class ThreadedStorage implements QueueStorage {
  private connection: StoreConnection | undefined;
  private connecting: Promise<StoreConnection> | undefined;
  private closed = false;
  private readonly repositories = new Map<string, object>();
  private readonly saves = new Emitter<SaveState>();
  private failing = false;

  private constructor(
    readonly location: string,
    private readonly options: ThreadedStorageOptions,
  ) {}

  static async open(file: string, options: ThreadedStorageOptions): Promise<ThreadedStorage> {
    const storage = new ThreadedStorage(file, options);
    const methods = await storage.connect();
    for (const [name, names] of Object.entries(methods)) storage.repositories.set(name, storage.forwarder(name, names));
    return storage;
  }

  get cvs(): CvRepository {
    return this.repository<CvRepository>('cvs');
  }

  get projects(): ProjectRepository {
    return this.repository<ProjectRepository>('projects');
  }

  get claims(): ClaimRepository {
    return this.repository<ClaimRepository>('claims');
  }

  get reviews(): ReviewRepository {
    return this.repository<ReviewRepository>('reviews');
  }

  /** A repository the thread serves, by name. */
  repository<T>(name: string): T {
    const repo = this.repositories.get(name);
    if (!repo) throw new Error(`The queue storage has no repository ${name}.`);
    return repo as T;
  }

  async flush(): Promise<void> {
    // A stopped thread has nothing left to save; opening it again just to flush would be waste.
    if (this.connection) await this.connection.call(STORAGE_TARGET, 'flush', []);
  }

  async saveState(): Promise<SaveState | undefined> {
    if (!this.connection) return undefined;
    return (await this.connection.call(STORAGE_TARGET, 'saveState', [])) as SaveState | undefined;
  }

  watchSaves(listener: (state: SaveState) => void): Disposable {
    return this.saves.event(listener);
  }

  private saveStateChanged(state: SaveState): void {
    this.failing = state.failure !== undefined;
    this.saves.fire(state);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const connection = this.connection ?? (await this.connecting?.catch(() => undefined));
    this.connection = undefined;
    await connection?.close();
  }

  private forwarder(repo: string, names: string[]): object {
    const calls = names.map((method) => [method, (...args: unknown[]) => this.call(repo, method, args)]);
    return Object.freeze(Object.fromEntries(calls));
  }

  private async call(repo: string, method: string, args: unknown[]): Promise<unknown> {
    if (this.closed) throw new Error(`The CV queue database ${this.location} is closed.`);
    const connection = this.connection ?? (await (this.connecting ??= this.reopen()));
    return connection.call(repo, method, args);
  }

  private async reopen(): Promise<StoreConnection> {
    try {
      await this.connect();
      this.options.logger?.info(`Opened the CV queue database ${this.location} again.`);
      // The new thread's store starts without the failure, and says nothing until a save fails.
      if (this.failing) this.saveStateChanged((await this.connection?.call(STORAGE_TARGET, 'saveState', [])) as SaveState);
      return this.connection as StoreConnection;
    } finally {
      this.connecting = undefined;
    }
  }

  /** Starts a thread and waits until it has opened the database; returns its repositories' methods. */
  private async connect(): Promise<Record<string, string[]>> {
    const { threadScript, logger = silentLogger, confirmMoveAside, readOnly, mustExist } = this.options;
    const connection = new StoreConnection({
      script: threadScript,
      data: { file: this.location, readOnly, mustExist, canAsk: !!confirmMoveAside },
      logger, confirmMoveAside,
      onStopped: (error) => this.stopped(connection, error),
      onSaveState: (state) => this.saveStateChanged(state),
    });
    try {
      const { methods } = await connection.ready;
      this.connection = connection;
      return methods;
    } catch (err) {
      await connection.abandon();
      throw err;
    }
  }

  private stopped(connection: StoreConnection, error: StoreThreadError): void {
    if (this.connection === connection) this.connection = undefined;
    this.options.logger?.error(error.message);
  }
}
