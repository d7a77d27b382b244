import type { Disposable } from '../events';
import type { Logger } from '../logger';
import type { QueueStorage } from '../queue/storage';
import type { ProcessingControl } from './processingControl';
import type { QueueEvents } from './queueEvents';
import { SharedChanges } from './sharedChanges';

export interface ConnectionDeps {
  openStorage: () => Promise<QueueStorage>;
  logger: Logger;
  events: QueueEvents;
  processing: ProcessingControl;
  processOnOpen?: boolean;
}

/** The queue's storage from its first use to its close, with what watches it meanwhile. */
export class QueueConnection {
  private opening: Promise<QueueStorage> | undefined;
  private opened: QueueStorage | undefined;
  private watching: SharedChanges | undefined;
  private watchingSaves: Disposable | undefined;

  constructor(private readonly deps: ConnectionDeps) {}

  get isOpen(): boolean {
    return this.opened !== undefined;
  }

  /** The storage, opened once; a failed open is tried again on the next use. */
  storage(): Promise<QueueStorage> {
    this.opening ??= this.create().catch((err) => {
      this.opening = undefined; // let the next use try again (e.g. after the other window closed)
      throw err;
    });
    return this.opening;
  }

  private async create(): Promise<QueueStorage> {
    const { events, processing } = this.deps;
    const storage = await this.deps.openStorage();
    this.deps.logger.info(`Opened the queue database ${storage.location}`);
    this.opened = storage;
    this.watchingSaves = storage.watchSaves?.((state) => {
      processing.saveStateChanged(state);
      events.saveStateChanged(state);
      events.manyChanged('processing');
    });
    if (this.deps.processOnOpen) await processing.startOnOpen(storage);
    if (storage.watch) this.watching = await SharedChanges.watch(storage, () => processing.notify(), () => events.manyChanged('shared'));
    events.manyChanged('opened');
    return storage;
  }

  /** Processing stops, everything is saved and the storage closed. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    this.opened = undefined;
    const storage = await opening?.catch(() => undefined);
    if (!storage) return;
    try {
      await this.deps.processing.stop();
    } finally {
      this.watching?.dispose();
      this.watching = undefined;
      this.watchingSaves?.dispose();
      this.watchingSaves = undefined;
      await storage.close(); // releases the lock even when the last save fails
    }
    this.deps.logger.info('Queue saved and closed');
  }
}
