import { type ExportOptions, type ExportResult, exportCvs } from '../export/exportCvs';
import type { Disposable } from '../events';
import type { Logger } from '../logger';
import type { CvRecord, CvSearchEntry, CvStatus, ProjectScope, StatusCounts } from '../queue/cvRecord';
import type { ParsedCV } from '../parsedCv';
import { ParsePool } from '../queue/parsePool';
import type { QueueStorage, SaveState } from '../queue/storage';
import { QueueWorker } from '../queue/worker';
import type { AppContext } from './appContext';
import { CvActions } from './cvActions';
import { PrivacyActions } from './privacyActions';
import { ProjectActions } from './projectActions';
import { QueueEvents } from './queueEvents';
import { ReviewActions } from './reviewActions';
import { SourceLocator } from './sourceLocator';
import { SavePause } from './savePause';
import { SharedChanges } from './sharedChanges';
import { type QueueSettings, ocrJobOptions, toWorkerSettings } from './settings';

export interface QueueAppDeps {
  /** Opens the queue's storage (the composition root chooses the backend). */
  openStorage: () => Promise<QueueStorage>;
  logger: Logger;
  settings: () => QueueSettings;
  /** Whether CVs may be processed now (in VS Code: the workspace is trusted). */
  canProcess?: () => boolean;
  /** Start the worker as soon as the queue opens (the extension); the CLI calls startProcessing(). */
  processOnOpen?: boolean;
  /** The parse thread's script; defaults to parseThread.js beside the bundle. */
  threadScript?: string;
}

/**
 * The queue as both front ends see it: everything a user can do with it, opened on first use.
 * It alone announces changes (events), whoever caused them.
 */
export class QueueApp {
  readonly events = new QueueEvents();
  readonly cvs: CvActions;
  readonly projects: ProjectActions;
  readonly privacy: PrivacyActions;
  readonly reviews: ReviewActions;
  /** Where a parsed CV's values were read (the review panel's marks). */
  readonly sources: SourceLocator;
  private opening: Promise<QueueStorage> | undefined;
  private opened: QueueStorage | undefined;
  private worker: QueueWorker | undefined;
  private watching: SharedChanges | undefined;
  private watchingSaves: Disposable | undefined;
  private readonly savePause: SavePause;
  // Read by the pool for every job, so a changed phone region applies to the next CV.
  private readonly jobOptions: Record<string, unknown> = {};

  constructor(private readonly deps: QueueAppDeps) {
    const ctx: AppContext = {
      storage: () => this.storage(),
      worker: () => this.worker,
      events: this.events,
      logger: deps.logger,
      settings: deps.settings,
    };
    this.cvs = new CvActions(ctx);
    this.projects = new ProjectActions(ctx, this.cvs);
    this.privacy = new PrivacyActions(ctx);
    this.reviews = new ReviewActions(ctx);
    this.sources = new SourceLocator({ threadScript: deps.threadScript, logger: deps.logger, jobOptions: this.jobOptions, timeoutMs: () => deps.settings().timeoutSeconds * 1000 });
    this.savePause = new SavePause(() => this.worker, () => this.canProcess(), deps.logger);
  }

  get isOpen(): boolean {
    return this.opened !== undefined;
  }

  /** True while no CV is being taken from the queue (also before processing starts). */
  get isPaused(): boolean {
    return this.worker?.isPaused ?? true;
  }

  /** Why the database cannot be saved, while it cannot (processing is paused meanwhile). */
  get saveFailure(): string | undefined {
    return this.savePause.failure;
  }

  /** How many CVs are being parsed right now. */
  get activeCount(): number {
    return this.worker?.activeCount ?? 0;
  }

  /** Opens the queue (once; a failed open is tried again on the next use). */
  async open(): Promise<void> {
    await this.storage();
  }

  private storage(): Promise<QueueStorage> {
    this.opening ??= this.create().catch((err) => {
      this.opening = undefined; // let the next use try again (e.g. after the other window closed)
      throw err;
    });
    return this.opening;
  }

  private async create(): Promise<QueueStorage> {
    const storage = await this.deps.openStorage();
    this.deps.logger.info(`Opened the queue database ${storage.location}`);
    this.opened = storage;
    this.watchingSaves = storage.watchSaves?.((state) => {
      this.savePause.saveStateChanged(state);
      this.events.saveStateChanged(state);
      this.events.manyChanged('processing');
    });
    if (this.deps.processOnOpen) {
      const canProcess = this.canProcess();
      if (!canProcess) this.deps.logger.info('The workspace is not trusted: CVs are queued but processed only once it is.');
      await this.startWorker(storage, !this.deps.settings().autoStart || !canProcess);
    }
    if (storage.watch) this.watching = await SharedChanges.watch(storage, () => this.worker?.notify(), () => this.events.manyChanged('shared'));
    this.events.manyChanged('opened');
    return storage;
  }

  /** Starts processing queued CVs on worker threads (CVs a crash left 'processing' go back first). */
  async startProcessing(): Promise<void> {
    await this.startWorker(await this.storage(), false);
  }

  private async startWorker(storage: QueueStorage, paused: boolean): Promise<void> {
    if (this.worker) return;
    const settings = this.deps.settings();
    Object.assign(this.jobOptions, { defaultPhoneRegion: settings.defaultPhoneRegion }, ocrJobOptions(settings));
    const runner = new ParsePool({ threadScript: this.deps.threadScript, size: settings.concurrency, logger: this.deps.logger, jobOptions: this.jobOptions });
    this.worker = new QueueWorker({ storage, runner, logger: this.deps.logger }, toWorkerSettings(settings));
    this.worker.onDidChange((c) => this.events.cvChanged(c));
    await this.worker.start({ paused });
  }

  async setPaused(paused: boolean): Promise<void> {
    await this.open();
    if (!paused && !this.canProcess()) throw new Error('CVs are processed only in a trusted workspace. Trust this folder to start processing.');
    // Resuming while saves fail first tries to save: it throws, with the reason, when that fails again.
    if (!paused && this.saveFailure !== undefined) await this.flush();
    this.savePause.userChose();
    if (!this.worker) await this.startProcessing();
    if (paused) this.worker?.pause();
    else this.worker?.resume();
    this.deps.logger.info(paused ? 'Processing paused' : 'Processing resumed');
    this.events.manyChanged('processing');
  }

  /** Resolves when no CV is queued and none is being processed. */
  async whenDrained(): Promise<void> {
    await this.worker?.whenDrained();
  }

  /** Stops processing: running CVs get `graceMs` to finish, the rest go back to the queue. */
  async stopProcessing(graceMs?: number): Promise<void> {
    const worker = this.worker;
    // A second call (a second Ctrl-C) may shorten the grace of one still running.
    try {
      await worker?.stop(graceMs);
    } finally {
      // Stopped even when its final save failed: closing must not stop it again.
      if (this.worker === worker) this.worker = undefined;
    }
  }

  /** Applies changed settings to a running queue; nothing to do before it is opened. */
  applySettings(previous: QueueSettings): void {
    const now = this.deps.settings();
    Object.assign(this.jobOptions, { defaultPhoneRegion: now.defaultPhoneRegion }, ocrJobOptions(now));
    if (!this.worker) return;
    this.worker.updateSettings(toWorkerSettings(now));
    if (now.autoStart && !previous.autoStart && this.worker.isPaused && this.canProcess()) this.worker.resume();
    this.deps.logger.info(`Settings applied: concurrency ${now.concurrency}, timeout ${now.timeoutSeconds} s, max attempts ${now.maxAttempts}, auto-start ${now.autoStart}`);
    this.events.manyChanged('processing');
  }

  /** Processing became allowed (the workspace was trusted). */
  onCanProcess(): void {
    if (this.worker && this.deps.settings().autoStart) this.worker.resume();
    this.events.manyChanged('processing');
  }

  /** How the last background save went; undefined for a store that saves each change itself. */
  async saveState(): Promise<SaveState | undefined> {
    return (await this.storage()).saveState?.();
  }

  /** Saves now; throws when that fails (a full disk), and the file keeps its last save. */
  async flush(): Promise<void> {
    await (await this.storage()).flush();
  }

  async counts(scope?: ProjectScope): Promise<StatusCounts> {
    return (await this.storage()).cvs.countByStatus(scope);
  }

  /** One page of a status's CVs in the scope, oldest first. */
  async page(status: CvStatus, options: { projectId?: ProjectScope; limit?: number; offset?: number } = {}): Promise<CvRecord[]> {
    return (await this.storage()).cvs.listByStatus(status, options);
  }

  async list(scope?: ProjectScope): Promise<CvRecord[]> {
    return (await this.storage()).cvs.listAll(scope);
  }

  async get(id: string): Promise<CvRecord | undefined> {
    return (await this.storage()).cvs.getCV(id);
  }

  async parsed(id: string): Promise<ParsedCV | undefined> {
    return (await this.storage()).cvs.getParsedCV(id);
  }

  /** The bytes a shared queue stored for a CV's file (for opening it where the path does not exist). */
  async storedFile(contentHash: string): Promise<Uint8Array | undefined> {
    return (await this.storage()).cvs.fileContent(contentHash);
  }

  /** Completed CVs with what finding one by name, e-mail, job or skill needs. */
  async search(): Promise<CvSearchEntry[]> {
    return (await this.storage()).cvs.searchEntries();
  }

  /** The CV ids that full ids or unique prefixes (as the CLI prints them) stand for. */
  async resolveIds(prefixes: readonly string[]): Promise<string[]> {
    const cvs = (await this.storage()).cvs;
    const ids: string[] = [];
    for (const prefix of prefixes) {
      const matches = await cvs.idsByPrefix(prefix);
      if (matches.length === 0) throw new Error(`No CV with id ${prefix}.`);
      if (matches.length > 1) throw new Error(`${prefix} matches more than one CV; give more of the id.`);
      ids.push(matches[0]);
    }
    return ids;
  }

  async export(options: ExportOptions): Promise<ExportResult> {
    return exportCvs((await this.storage()).cvs, options);
  }

  /** For deactivate and the end of a command: processing stops, everything is saved and closed. */
  async close(): Promise<void> {
    await this.sources.close();
    const opening = this.opening;
    this.opening = undefined;
    this.opened = undefined;
    const storage = await opening?.catch(() => undefined);
    if (!storage) return;
    try {
      await this.stopProcessing();
    } finally {
      this.watching?.dispose();
      this.watching = undefined;
      this.watchingSaves?.dispose();
      this.watchingSaves = undefined;
      await storage.close(); // releases the lock even when the last save fails
    }
    this.deps.logger.info('Queue saved and closed');
  }

  private canProcess(): boolean {
    return this.deps.canProcess?.() ?? true;
  }
}
