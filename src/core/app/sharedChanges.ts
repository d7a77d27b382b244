import type { Disposable } from '../events';
import type { QueueStorage } from '../queue/storage';

// A burst of changes (a batch processed by several workers) becomes one refresh of the views.
const VIEW_DEBOUNCE_MS = 250;

/**
 * Changes to a shared queue made by any client: the worker hears of new work at once, views
 * are told at most every quarter second.
 */
export class SharedChanges implements Disposable {
  private timer: NodeJS.Timeout | undefined;
  private subscription: Disposable | undefined;

  private constructor(
    private readonly wakeWorker: () => void,
    private readonly refreshViews: () => void,
  ) {}

  static async watch(storage: QueueStorage, wakeWorker: () => void, refreshViews: () => void): Promise<SharedChanges> {
    const shared = new SharedChanges(wakeWorker, refreshViews);
    shared.subscription = await storage.watch?.((what) => shared.changed(what));
    return shared;
  }

  private changed(what: string): void {
    if (what === 'cvs') this.wakeWorker();
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refreshViews();
    }, VIEW_DEBOUNCE_MS);
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription?.dispose();
  }
}
