import path from 'node:path';
import type { Store } from '../core/db/store';
import { Emitter } from '../core/events';
import type { Logger } from '../core/logger';
import { type EnqueueResult, enqueuePaths } from '../core/queue/enqueue';
import { ParsePool } from '../core/queue/parsePool';
import { ProjectRepository } from '../core/queue/projectRepository';
import { CvRepository } from '../core/queue/repository';
import { type CvChange, QueueWorker } from '../core/queue/worker';
import type { CvStatus } from '../core/queue/cvRecord';
import { type SamsaraSettings, toWorkerSettings } from './settings';
import { plural } from '../core/plural';

export interface OpenQueue {
  store: Store;
  cvs: CvRepository;
  projects: ProjectRepository;
  worker: QueueWorker;
}

export interface QueueServiceDeps {
  dbFile: string;
  threadScript: string;
  logger: Logger;
  settings: () => SamsaraSettings;
  isTrusted: () => boolean;
  openStore: (file: string) => Promise<Store>;
}

/**
 * The queue as the extension sees it: the database is opened on first use (loading sql.js only
 * then), the worker started beside it, and every change is announced once through onDidChange.
 */
export class QueueService {
  private opening: Promise<OpenQueue> | undefined;
  private opened: OpenQueue | undefined;
  private readonly changed = new Emitter<CvChange | undefined>();
  /** Fires per CV from the worker, and with undefined after a bulk change (enqueue, retry, remove). */
  readonly onDidChange = this.changed.event;
  // Read by the pool for every job, so a changed phone region applies to the next CV.
  private readonly jobOptions: Record<string, unknown> = {};

  constructor(private readonly deps: QueueServiceDeps) {}

  get current(): OpenQueue | undefined {
    return this.opened;
  }

  open(): Promise<OpenQueue> {
    this.opening ??= this.create().catch((err) => {
      this.opening = undefined; // let the next use try again (e.g. after the other window closed)
      throw err;
    });
    return this.opening;
  }

  private async create(): Promise<OpenQueue> {
    const { logger } = this.deps;
    const settings = this.deps.settings();
    const store = await this.deps.openStore(this.deps.dbFile);
    logger.info(`Opened the queue database ${this.deps.dbFile}`);
    const cvs = new CvRepository(store);
    this.jobOptions.defaultPhoneRegion = settings.defaultPhoneRegion;
    const runner = new ParsePool({ threadScript: this.deps.threadScript, size: settings.concurrency, logger, jobOptions: this.jobOptions });
    const worker = new QueueWorker({ store, cvs, runner, logger }, toWorkerSettings(settings));
    worker.onDidChange((c) => this.changed.fire(c));
    const paused = !settings.autoStart || !this.deps.isTrusted();
    if (!this.deps.isTrusted()) logger.info('The workspace is not trusted: CVs are queued but processed only once it is.');
    worker.start({ paused });
    this.opened = { store, cvs, projects: new ProjectRepository(store), worker };
    this.changed.fire(undefined);
    return this.opened;
  }

  async enqueue(paths: readonly string[], options: { projectId?: string; force?: boolean } = {}): Promise<EnqueueResult> {
    const q = await this.open();
    const result = await enqueuePaths(q.store, q.cvs, paths, { ...options, extensions: this.deps.settings().fileTypes });
    this.deps.logger.info(`Queued ${result.queued.length} CVs from ${paths.map((p) => path.basename(p)).join(', ')}`);
    this.afterBulkChange(q);
    return result;
  }

  async retry(ids?: readonly string[]): Promise<number> {
    const q = await this.open();
    const n = q.cvs.retryFailed(ids);
    this.deps.logger.info(`Moved ${plural(n, 'failed CV')} back to the queue`);
    this.afterBulkChange(q);
    return n;
  }

  /** Cancels (queued or processing) CVs; returns how many were cancelled. */
  async cancel(ids: readonly string[]): Promise<number> {
    const q = await this.open();
    let n = 0;
    for (const id of ids) if (q.worker.cancel(id)) n++;
    this.deps.logger.info(`Cancelled ${plural(n, 'CV')}`);
    this.afterBulkChange(q);
    return n;
  }

  async remove(ids: readonly string[]): Promise<number> {
    const q = await this.open();
    for (const id of ids) if (q.worker.isProcessing(id)) q.worker.cancel(id); // its thread stops before its row goes
    const n = q.cvs.remove(ids);
    this.deps.logger.info(`Removed ${plural(n, 'CV')}`);
    this.afterBulkChange(q);
    return n;
  }

  async removeByStatus(status: CvStatus): Promise<number> {
    const q = await this.open();
    const n = q.cvs.removeByStatus(status);
    this.deps.logger.info(`Removed ${plural(n, `${status} CV`)}`);
    this.afterBulkChange(q);
    return n;
  }

  async setPaused(paused: boolean): Promise<void> {
    const q = await this.open();
    if (!paused && !this.deps.isTrusted()) throw new Error('CVs are processed only in a trusted workspace. Trust this folder to start processing.');
    if (paused) q.worker.pause();
    else q.worker.resume();
    this.deps.logger.info(paused ? 'Processing paused' : 'Processing resumed');
    this.changed.fire(undefined);
  }

  /** Applies changed settings to a running queue; nothing to do before it is opened. */
  applySettings(previous: SamsaraSettings): void {
    const now = this.deps.settings();
    this.jobOptions.defaultPhoneRegion = now.defaultPhoneRegion;
    const q = this.opened;
    if (!q) return;
    q.worker.updateSettings(toWorkerSettings(now));
    if (now.autoStart && !previous.autoStart && q.worker.isPaused && this.deps.isTrusted()) q.worker.resume();
    this.deps.logger.info(`Settings applied: concurrency ${now.concurrency}, timeout ${now.timeoutSeconds} s, max attempts ${now.maxAttempts}, auto-start ${now.autoStart}`);
    this.changed.fire(undefined);
  }

  /** Trust was granted: processing may begin. */
  onTrusted(): void {
    if (this.opened && this.deps.settings().autoStart) this.opened.worker.resume();
    this.changed.fire(undefined);
  }

  private afterBulkChange(q: OpenQueue): void {
    q.worker.notify();
    this.changed.fire(undefined);
  }

  /** For deactivate: running CVs finish or go back to the queue, then everything is saved. */
  async shutdown(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    this.opened = undefined;
    const q = await opening?.catch(() => undefined);
    if (!q) return;
    await q.worker.stop();
    await q.store.close();
    this.deps.logger.info('Queue saved and closed');
  }
}
