import { type ExportOptions, type ExportResult, exportCvs } from '../export/exportCvs';
import type { Logger } from '../logger';
import type { CvRecord, CvSearchEntry, CvStatus, ProjectScope, StatusCounts } from '../queue/cvRecord';
import type { ParsedCV } from '../parsedCv';
import type { QueueStorage, SaveState } from '../queue/storage';
import type { AppContext } from './appContext';
import { CvActions } from './cvActions';
import { PrivacyActions } from './privacyActions';
import { ProcessingControl } from './processingControl';
import { ProjectActions } from './projectActions';
import { QueueConnection } from './queueConnection';
import { QueueEvents } from './queueEvents';
import { ReviewActions } from './reviewActions';
import { SourceLocator } from './sourceLocator';
import type { QueueSettings } from './settings';

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
  private readonly processing: ProcessingControl;
  private readonly connection: QueueConnection;

  constructor(deps: QueueAppDeps) {
    const { logger, settings, canProcess, threadScript } = deps;
    this.processing = new ProcessingControl({ storage: () => this.storage(), events: this.events, logger, settings, canProcess, threadScript });
    this.connection = new QueueConnection({ openStorage: deps.openStorage, logger, events: this.events, processing: this.processing, processOnOpen: deps.processOnOpen });
    const ctx: AppContext = {
      storage: () => this.storage(),
      worker: () => this.processing.worker,
      events: this.events,
      logger: deps.logger,
      settings: deps.settings,
    };
    this.cvs = new CvActions(ctx);
    this.projects = new ProjectActions(ctx, this.cvs);
    this.privacy = new PrivacyActions(ctx);
    this.reviews = new ReviewActions(ctx);
    this.sources = new SourceLocator({ threadScript: deps.threadScript, logger: deps.logger, jobOptions: this.processing.jobOptions, timeoutMs: () => deps.settings().timeoutSeconds * 1000 });
  }

  get isOpen(): boolean {
    return this.connection.isOpen;
  }

  /** True while no CV is being taken from the queue (also before processing starts). */
  get isPaused(): boolean {
    return this.processing.isPaused;
  }

  /** Why the database cannot be saved, while it cannot (processing is paused meanwhile). */
  get saveFailure(): string | undefined {
    return this.processing.saveFailure;
  }

  /** How many CVs are being parsed right now. */
  get activeCount(): number {
    return this.processing.activeCount;
  }

  /** Opens the queue (once; a failed open is tried again on the next use). */
  async open(): Promise<void> {
    await this.storage();
  }

  private storage(): Promise<QueueStorage> {
    return this.connection.storage();
  }

  /** Starts processing queued CVs on worker threads (CVs a crash left 'processing' go back first). */
  async startProcessing(): Promise<void> {
    await this.processing.start();
  }

  async setPaused(paused: boolean): Promise<void> {
    await this.processing.setPaused(paused);
  }

  /** Resolves when no CV is queued and none is being processed. */
  async whenDrained(): Promise<void> {
    await this.processing.whenDrained();
  }

  /** Stops processing: running CVs get `graceMs` to finish, the rest go back to the queue. */
  async stopProcessing(graceMs?: number): Promise<void> {
    await this.processing.stop(graceMs);
  }

  /** Applies changed settings to a running queue; nothing to do before it is opened. */
  applySettings(previous: QueueSettings): void {
    this.processing.applySettings(previous);
  }

  /** Processing became allowed (the workspace was trusted). */
  onCanProcess(): void {
    this.processing.onCanProcess();
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
    await this.connection.close();
  }
}
