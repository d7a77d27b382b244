import type { Logger } from '../logger';
import { ParsePool } from '../queue/parsePool';
import type { QueueStorage, SaveState } from '../queue/storage';
import { QueueWorker } from '../queue/worker';
import type { QueueEvents } from './queueEvents';
import { SavePause } from './savePause';
import { type QueueSettings, ocrJobOptions, toWorkerSettings } from './settings';

export interface ProcessingDeps {
  /** The queue's storage, opened on first use. */
  storage: () => Promise<QueueStorage>;
  events: QueueEvents;
  logger: Logger;
  settings: () => QueueSettings;
  /** Whether CVs may be processed now (in VS Code: the workspace is trusted). */
  canProcess?: () => boolean;
  threadScript?: string;
}

/**
 * The worker that processes queued CVs: when it starts and stops, pausing and resuming (by the
 * user, or while saves fail), and the settings it runs with.
 */
export class ProcessingControl {
  // Read by the pool for every job, so a changed phone region applies to the next CV.
  readonly jobOptions: Record<string, unknown> = {};
  private running: QueueWorker | undefined;
  private readonly savePause: SavePause;

  constructor(private readonly deps: ProcessingDeps) {
    this.savePause = new SavePause(() => this.running, () => this.canProcess(), deps.logger);
  }

  /** The worker while processing runs. */
  get worker(): QueueWorker | undefined {
    return this.running;
  }

  /** True while no CV is being taken from the queue (also before processing starts). */
  get isPaused(): boolean {
    return this.running?.isPaused ?? true;
  }

  /** Why the database cannot be saved, while it cannot (processing is paused meanwhile). */
  get saveFailure(): string | undefined {
    return this.savePause.failure;
  }

  /** How many CVs are being parsed right now. */
  get activeCount(): number {
    return this.running?.activeCount ?? 0;
  }

  saveStateChanged(state: SaveState): void {
    this.savePause.saveStateChanged(state);
  }

  /** Starts the worker as the queue opens: paused unless auto-start is on and processing is allowed. */
  async startOnOpen(storage: QueueStorage): Promise<void> {
    const canProcess = this.canProcess();
    if (!canProcess) this.deps.logger.info('The workspace is not trusted: CVs are queued but processed only once it is.');
    await this.startWorker(storage, !this.deps.settings().autoStart || !canProcess);
  }

  /** Starts processing queued CVs on worker threads (CVs a crash left 'processing' go back first). */
  async start(): Promise<void> {
    await this.startWorker(await this.deps.storage(), false);
  }

  private async startWorker(storage: QueueStorage, paused: boolean): Promise<void> {
    if (this.running) return;
    const settings = this.deps.settings();
    Object.assign(this.jobOptions, { defaultPhoneRegion: settings.defaultPhoneRegion }, ocrJobOptions(settings));
    const runner = new ParsePool({ threadScript: this.deps.threadScript, size: settings.concurrency, logger: this.deps.logger, jobOptions: this.jobOptions });
    this.running = new QueueWorker({ storage, runner, logger: this.deps.logger }, toWorkerSettings(settings));
    this.running.onDidChange((c) => this.deps.events.cvChanged(c));
    await this.running.start({ paused });
  }

  async setPaused(paused: boolean): Promise<void> {
    await this.deps.storage();
    if (!paused && !this.canProcess()) throw new Error('CVs are processed only in a trusted workspace. Trust this folder to start processing.');
    // Resuming while saves fail first tries to save: it throws, with the reason, when that fails again.
    if (!paused && this.saveFailure !== undefined) await (await this.deps.storage()).flush();
    this.savePause.userChose();
    if (!this.running) await this.start();
    if (paused) this.running?.pause();
    else this.running?.resume();
    this.deps.logger.info(paused ? 'Processing paused' : 'Processing resumed');
    this.deps.events.manyChanged('processing');
  }

  /** Tells the worker that shared CVs may be waiting. */
  notify(): void {
    this.running?.notify();
  }

  /** Resolves when no CV is queued and none is being processed. */
  async whenDrained(): Promise<void> {
    await this.running?.whenDrained();
  }

  /** Stops processing: running CVs get `graceMs` to finish, the rest go back to the queue. */
  async stop(graceMs?: number): Promise<void> {
    const worker = this.running;
    // A second call (a second Ctrl-C) may shorten the grace of one still running.
    try {
      await worker?.stop(graceMs);
    } finally {
      // Stopped even when its final save failed: closing must not stop it again.
      if (this.running === worker) this.running = undefined;
    }
  }

  /** Applies changed settings to the worker; nothing to do before it starts. */
  applySettings(previous: QueueSettings): void {
    const now = this.deps.settings();
    Object.assign(this.jobOptions, { defaultPhoneRegion: now.defaultPhoneRegion }, ocrJobOptions(now));
    if (!this.running) return;
    this.running.updateSettings(toWorkerSettings(now));
    if (now.autoStart && !previous.autoStart && this.running.isPaused && this.canProcess()) this.running.resume();
    this.deps.logger.info(`Settings applied: concurrency ${now.concurrency}, timeout ${now.timeoutSeconds} s, max attempts ${now.maxAttempts}, auto-start ${now.autoStart}`);
    this.deps.events.manyChanged('processing');
  }

  /** Processing became allowed (the workspace was trusted). */
  onCanProcess(): void {
    if (this.running && this.deps.settings().autoStart) this.running.resume();
    this.deps.events.manyChanged('processing');
  }

  private canProcess(): boolean {
    return this.deps.canProcess?.() ?? true;
  }
}
