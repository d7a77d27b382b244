import { Worker } from 'node:worker_threads';
import { type Logger, errorMessage } from '../../logger';
import type { SaveState } from '../storage';
import { type FromThread, STORAGE_TARGET, type StoreThreadData, type ToThread, fromWire } from './storeRpc';

/** The store's thread ended without being closed: its calls fail with this, and the next use opens it again. */
export class StoreThreadError extends Error {
  readonly code = 'THREAD_STOPPED';
  constructor(message: string) {
    super(message);
    this.name = 'StoreThreadError';
  }
}

export interface ConnectionOptions {
  script: string;
  data: StoreThreadData;
  logger: Logger;
  confirmMoveAside?: (message: string) => Promise<boolean>;
  /** Called once when the thread ends without `close()`. */
  onStopped(error: StoreThreadError): void;
  /** Called when the thread's saves start to fail and when one succeeds again. */
  onSaveState(state: SaveState): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/** One life of the store's thread: opened, answering calls, then closed or stopped. */
export class StoreConnection {
  private readonly thread: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closing = false;
  private lastError: Error | undefined;
  private stopped: StoreThreadError | undefined;
  /** Resolves with the repositories' method names once the database is open. */
  readonly ready: Promise<{ location: string; methods: Record<string, string[]> }>;

  constructor(private readonly options: ConnectionOptions) {
    this.thread = new Worker(options.script, { workerData: options.data });
    this.ready = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: resolve as (value: unknown) => void, reject });
    });
    this.thread.on('message', (message: FromThread) => this.receive(message));
    this.thread.on('error', (err) => (this.lastError = err));
    this.thread.on('exit', (code) => this.exited(code));
  }

  call(repo: string, method: string, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      try {
        this.thread.postMessage({ type: 'call', id, repo, method, args } satisfies ToThread);
      } catch (err) {
        // A value that cannot be cloned never reaches the thread.
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  /** Saves what is unsaved, releases the lock and ends the thread. */
  async close(): Promise<void> {
    try {
      await this.call(STORAGE_TARGET, 'close', []);
    } finally {
      this.closing = true;
      await this.thread.terminate();
    }
  }

  /** Ends the thread without saving: for a thread whose database never opened. */
  async abandon(): Promise<void> {
    this.closing = true;
    await this.thread.terminate();
  }

  private receive(message: FromThread): void {
    switch (message.type) {
      case 'ready':
        return this.settle(0, (p) => p.resolve({ location: message.location, methods: message.methods }));
      case 'openFailed':
        return this.settle(0, (p) => p.reject(fromWire(message.error)));
      case 'result':
        return this.settle(message.id, (p) => p.resolve(message.value));
      case 'failed':
        return this.settle(message.id, (p) => p.reject(fromWire(message.error)));
      case 'log':
        return this.options.logger[message.level](message.message);
      case 'ask':
        return void this.ask(message.askId, message.message);
      case 'saveState':
        return this.options.onSaveState(message.state);
    }
  }

  private settle(id: number, how: (p: Pending) => void): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (p) how(p);
  }

  private async ask(askId: number, message: string): Promise<void> {
    const value = await Promise.resolve(this.options.confirmMoveAside?.(message) ?? false).catch(() => false);
    this.thread.postMessage({ type: 'answer', askId, value } satisfies ToThread);
  }

  private exited(code: number): void {
    if (this.closing) return;
    const why = this.lastError ? errorMessage(this.lastError) : `exit code ${code}`;
    const error = new StoreThreadError(`The CV queue database's thread stopped unexpectedly (${why}); changes since its last save may be lost. It is opened again on next use.`);
    this.stopped = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.options.onStopped(error);
  }
}
