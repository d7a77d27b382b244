import { Emitter } from '../events';
import { type Logger, errorMessage, silentLogger } from '../logger';
import type { CvStatus } from './cvRecord';
import { resolveCvSource, runFromSource } from './cvSource';
import { CANCELLED, MAX_TIMER_MS, type ProcessingRunner, type RunningJob } from './parsePool';
import { ABANDONED_ERROR, type Claim, MAX_RETRY_DELAY_MS, type QueueStorage } from './storage';
import type { JobOutcome } from './threadProtocol';

export interface WorkerSettings {
  concurrency: number;
  timeoutMs: number;
  maxAttempts: number;
  /** First retry delay after a transient error; it doubles with each attempt. */
  backoffBaseMs: number;
  /** Extra time for a file that may be read by OCR (a PDF or an image); 0 or unset with OCR off. */
  ocrTimeoutMs?: number;
}

/** PDFs may turn out to be scans only once opened, so they get OCR's time too. */
const MAY_NEED_OCR = /\.(pdf|png|jpe?g|tiff?|webp)$/i;

export const DEFAULT_BACKOFF_BASE_MS = 2_000;

export interface CvChange {
  id: string;
  status: CvStatus;
  fileName: string;
  error?: string;
  /** What changed: its status (the default), or a person corrected it or marked it reviewed. */
  kind?: 'status' | 'corrected' | 'reviewed';
}

export interface WorkerDeps {
  storage: QueueStorage;
  runner: ProcessingRunner;
  logger?: Logger;
}

interface Running {
  claim: Claim;
  job: RunningJob;
}

/**
 * Drives queued CVs through processing to completed or failed: claims the oldest due CV while
 * fewer than `concurrency` run, hands it to the runner (worker threads), and settles the outcome
 * against the claim token. Transient errors back off and retry up to `maxAttempts`.
 */
export class QueueWorker {
  private readonly logger: Logger;
  private readonly running = new Map<string, Running>();
  /** Outcomes being written: stop() waits for them before the storage closes. */
  private readonly settling = new Set<Promise<void>>();
  private readonly changed = new Emitter<CvChange>();
  private readonly idled = new Emitter<void>();
  private settings: WorkerSettings;
  private started = false;
  /** Resolves once CVs left processing went back to the queue: until then nothing is drained. */
  private startup: Promise<void> = Promise.resolve();
  private paused = false;
  private wakeTimer: NodeJS.Timeout | undefined;
  private filling: Promise<void> | undefined;
  private fillAgain = false;
  /** A claim is on its way: its CV is no longer queued but not yet running here. */
  private claiming = 0;

  readonly onDidChange = this.changed.event;
  readonly onDidIdle = this.idled.event;

  constructor(
    private readonly deps: WorkerDeps,
    settings: Omit<WorkerSettings, 'backoffBaseMs'> & { backoffBaseMs?: number },
  ) {
    this.settings = { backoffBaseMs: DEFAULT_BACKOFF_BASE_MS, ...settings };
    this.logger = deps.logger ?? silentLogger;
  }

  private get storage(): QueueStorage {
    return this.deps.storage;
  }

  /** Returns CVs a crash left 'processing' to the queue, then starts processing (unless paused). */
  async start(options: { paused?: boolean } = {}): Promise<void> {
    if (this.started) return this.startup;
    this.started = true;
    this.paused = options.paused ?? false;
    this.startup = this.resetThenPump();
    return this.startup;
  }

  private async resetThenPump(): Promise<void> {
    const abandoned = (await this.storage.claims.failAbandoned?.(this.settings.maxAttempts, ABANDONED_ERROR)) ?? [];
    for (const cv of abandoned) this.emit({ id: cv.id, status: 'failed', fileName: cv.fileName, error: ABANDONED_ERROR });
    const reset = await this.storage.cvs.resetProcessingCVs();
    if (reset) this.logger.info(`${reset} CV${reset === 1 ? ' was' : 's were'} left processing by an earlier run and went back to the queue`);
    this.pump();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  get activeCount(): number {
    return this.running.size;
  }

  /** Stops claiming new CVs; running ones finish. */
  pause(): void {
    this.paused = true;
    this.clearWake();
  }

  resume(): void {
    this.paused = false;
    this.pump();
  }

  /** Call after CVs were enqueued or retried: looks for work now. */
  notify(): void {
    this.pump();
  }

  updateSettings(partial: Partial<WorkerSettings>): void {
    this.settings = { ...this.settings, ...partial };
    this.deps.runner.resize(this.settings.concurrency);
    this.pump();
  }

  /**
   * Stops a processing CV (its thread is ended) or takes a queued one out; both become failed
   * "Cancelled". With `orphaned` a 'processing' row no thread here runs is taken out too.
   */
  async cancel(id: string, orphaned = false): Promise<boolean> {
    const running = this.running.get(id);
    if (running) {
      running.job.cancel();
      return true;
    }
    const cv = await this.storage.cvs.getCV(id);
    if (!(await this.storage.claims.cancelQueued(id, orphaned))) return false;
    this.emit({ id, status: 'failed', fileName: cv?.fileName ?? id, error: CANCELLED });
    return true;
  }

  isProcessing(id: string): boolean {
    return this.running.has(id);
  }

  /** Resolves when nothing is running and nothing due is queued. */
  async whenIdle(): Promise<void> {
    await this.startup;
    // Busy is checked after the query: a claim that landed while it ran is running by then.
    await this.waitUntil(async () => (this.paused || !(await this.storage.cvs.getNextQueuedCV())) && !this.isBusy());
  }

  /** Resolves when no CV is queued (also none backing off) and none is running: the queue is drained. */
  async whenDrained(): Promise<void> {
    await this.startup;
    await this.waitUntil(async () => (await this.pendingCount()) === 0 && !this.isBusy());
  }

  private async pendingCount(): Promise<number> {
    const claims = this.storage.claims;
    return claims.claimableCount ? claims.claimableCount() : (await this.storage.cvs.countByStatus()).queued;
  }

  private isBusy(): boolean {
    return this.running.size > 0 || this.claiming > 0;
  }

  /** Checks `done` now and after each idle moment; subscribes before checking, so no moment is missed. */
  private async waitUntil(done: () => Promise<boolean>): Promise<void> {
    for (;;) {
      let sub: { dispose(): void } | undefined;
      const idle = new Promise<void>((resolve) => (sub = this.onDidIdle(() => resolve())));
      try {
        if (await done()) return;
        await idle;
      } finally {
        sub?.dispose();
      }
    }
  }

  /**
   * For deactivate and Ctrl-C: stops claiming, gives running CVs `graceMs` to finish, returns
   * the rest to the queue (their late results are ignored by token), and saves.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.pause();
    await this.filling;
    const finished = Promise.all([...this.running.values()].map((r) => r.job.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    for (const [id, r] of this.running) {
      this.running.delete(id);
      r.job.cancel();
    }
    await Promise.all(this.settling);
    await this.storage.cvs.resetProcessingCVs();
    await this.deps.runner.close();
    await this.storage.flush();
  }

  /** One fill at a time: claims are awaited, and two fills at once could overshoot `concurrency`. */
  private pump(): void {
    if (!this.started || this.paused) return;
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = this.fill().finally(() => (this.filling = undefined));
  }

  private async fill(): Promise<void> {
    do {
      this.fillAgain = false;
      this.clearWake();
      while (!this.paused && this.running.size < this.settings.concurrency) {
        let claim: Claim | undefined;
        this.claiming++;
        try {
          claim = await this.storage.claims.claimNext(undefined, this.settings.maxAttempts);
          if (claim?.abandoned) this.emit({ id: claim.cv.id, status: 'failed', fileName: claim.cv.fileName, error: ABANDONED_ERROR });
          else if (claim) this.launch(claim);
        } catch (err) {
          this.logger.error(`Could not take the next CV from the queue: ${errorMessage(err)}`);
          return;
        } finally {
          this.claiming--;
        }
        if (!claim) break;
      }
      if (this.running.size === 0 && !this.paused && !this.fillAgain) await this.settleIdle();
    } while (this.fillAgain && !this.paused);
  }

  private async settleIdle(): Promise<void> {
    await this.scheduleWake();
    if (this.running.size === 0 && !(await this.storage.cvs.getNextQueuedCV())) this.idled.fire();
  }

  private launch(claim: Claim): void {
    const ocrMs = MAY_NEED_OCR.test(claim.cv.filePath) ? (this.settings.ocrTimeoutMs ?? 0) : 0;
    // A queue other machines share may hold the file's bytes where this machine has no such path.
    const verifyHash = this.storage.watch !== undefined;
    const job = runFromSource(this.deps.runner, () => resolveCvSource(this.storage.cvs, claim.cv, { verifyHash }), this.settings.timeoutMs + ocrMs);
    this.running.set(claim.cv.id, { claim, job });
    this.logger.info(`Processing ${claim.cv.fileName} (attempt ${claim.attempts})`);
    this.emit({ id: claim.cv.id, status: 'processing', fileName: claim.cv.fileName });
    void job.done.then((outcome) => {
      if (this.running.get(claim.cv.id)?.job !== job) return; // taken back by stop()
      const settled = this.settle(claim, outcome).finally(() => {
        this.settling.delete(settled);
        this.running.delete(claim.cv.id);
        this.pump();
      });
      this.settling.add(settled);
    });
  }

  private async settle(claim: Claim, outcome: JobOutcome): Promise<void> {
    const { cv, token } = claim;
    const claims = this.storage.claims;
    try {
      if (outcome.ok) {
        if (await claims.complete(cv.id, token, outcome.result, outcome.contentHash)) this.emit({ id: cv.id, status: 'completed', fileName: cv.fileName });
        else this.logger.warn(`Ignored a stale result for ${cv.fileName}: the CV was taken back meanwhile`);
        return;
      }
      if (outcome.permanent || claim.attempts >= this.settings.maxAttempts) {
        const error = outcome.permanent ? outcome.message : `${outcome.message} (gave up after ${claim.attempts} attempts)`;
        if (await claims.fail(cv.id, token, error)) this.emit({ id: cv.id, status: 'failed', fileName: cv.fileName, error });
        return;
      }
      const delay = Math.min(MAX_RETRY_DELAY_MS, this.settings.backoffBaseMs * 2 ** (claim.attempts - 1));
      if (await claims.requeue(cv.id, token, outcome.message, new Date(Date.now() + delay))) {
        this.logger.warn(`${cv.fileName}: ${outcome.message}; retrying in ${Math.round(delay / 1000)} s (attempt ${claim.attempts} of ${this.settings.maxAttempts})`);
        this.emit({ id: cv.id, status: 'queued', fileName: cv.fileName, error: outcome.message });
      }
    } catch (err) {
      this.logger.error(`Could not record the outcome for ${cv.fileName}: ${errorMessage(err)}`);
    }
  }

  private emit(change: CvChange): void {
    if (change.status === 'failed') this.logger.warn(`${change.fileName}: failed: ${change.error}`);
    else if (change.status === 'completed') this.logger.info(`${change.fileName}: completed`);
    this.changed.fire(change);
  }

  /** A CV backing off becomes due later: come back for it then. */
  private async scheduleWake(): Promise<void> {
    const due = await this.storage.claims.nextDueAt();
    if (!due || this.paused) return;
    this.clearWake();
    const wait = Math.min(MAX_RETRY_DELAY_MS, MAX_TIMER_MS, due.getTime() - Date.now());
    this.wakeTimer = setTimeout(() => this.pump(), Math.max(10, wait));
  }

  private clearWake(): void {
    clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
  }
}
