import type { Store } from '../db/store';
import { Emitter } from '../events';
import { type Logger, errorMessage, silentLogger } from '../logger';
import { ClaimRepository, type Claim } from './claims';
import type { CvStatus } from './cvRecord';
import { CANCELLED, type ProcessingRunner, type RunningJob } from './parsePool';
import type { CvRepository } from './repository';
import type { JobOutcome } from './threadProtocol';

export interface WorkerSettings {
  concurrency: number;
  timeoutMs: number;
  maxAttempts: number;
  /** First retry delay after a transient error; it doubles with each attempt. */
  backoffBaseMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = { concurrency: 2, timeoutMs: 60_000, maxAttempts: 3, backoffBaseMs: 2_000 };

export interface CvChange {
  id: string;
  status: CvStatus;
  fileName: string;
  error?: string;
}

export interface WorkerDeps {
  store: Store;
  cvs: CvRepository;
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
  private readonly claims: ClaimRepository;
  private readonly logger: Logger;
  private readonly running = new Map<string, Running>();
  private readonly changed = new Emitter<CvChange>();
  private readonly idled = new Emitter<void>();
  private settings: WorkerSettings;
  private started = false;
  private paused = false;
  private wakeTimer: NodeJS.Timeout | undefined;

  readonly onDidChange = this.changed.event;
  readonly onDidIdle = this.idled.event;

  constructor(
    private readonly deps: WorkerDeps,
    settings: Partial<WorkerSettings> = {},
  ) {
    this.settings = { ...DEFAULT_WORKER_SETTINGS, ...settings };
    this.claims = new ClaimRepository(deps.store, deps.cvs);
    this.logger = deps.logger ?? silentLogger;
  }

  /** Returns CVs a crash left 'processing' to the queue, then starts processing (unless paused). */
  start(options: { paused?: boolean } = {}): void {
    if (this.started) return;
    this.started = true;
    this.paused = options.paused ?? false;
    const reset = this.deps.cvs.resetProcessingCVs();
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

  /** Stops a processing CV (its thread is ended) or takes a queued one out; both become failed "Cancelled". */
  cancel(id: string): boolean {
    const running = this.running.get(id);
    if (running) {
      running.job.cancel();
      return true;
    }
    const cv = this.deps.cvs.getCV(id);
    if (!this.claims.cancelQueued(id)) return false;
    this.emit({ id, status: 'failed', fileName: cv?.fileName ?? id, error: CANCELLED });
    return true;
  }

  isProcessing(id: string): boolean {
    return this.running.has(id);
  }

  /** Resolves when nothing is running and nothing due is queued. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.onDidIdle(() => {
        sub.dispose();
        resolve();
      });
    });
  }

  /** Resolves when no CV is queued (also none backing off) and none is running: the queue is drained. */
  whenDrained(): Promise<void> {
    const drained = (): boolean => this.running.size === 0 && this.deps.cvs.countByStatus().queued === 0;
    if (drained()) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.onDidIdle(() => {
        if (!drained()) return;
        sub.dispose();
        resolve();
      });
    });
  }

  /**
   * For deactivate and Ctrl-C: stops claiming, gives running CVs `graceMs` to finish, returns
   * the rest to the queue (their late results are ignored by token), and saves.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.pause();
    const finished = Promise.all([...this.running.values()].map((r) => r.job.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    for (const [id, r] of this.running) {
      this.running.delete(id);
      r.job.cancel();
    }
    this.deps.cvs.resetProcessingCVs();
    await this.deps.runner.close();
    await this.deps.store.flush();
  }

  private pump(): void {
    if (!this.started || this.paused) return;
    this.clearWake();
    while (this.running.size < this.settings.concurrency) {
      let claim: Claim | undefined;
      try {
        claim = this.claims.claimNext();
      } catch (err) {
        this.logger.error(`Could not take the next CV from the queue: ${errorMessage(err)}`);
        return;
      }
      if (!claim) break;
      this.launch(claim);
    }
    if (this.running.size === 0) {
      this.scheduleWake();
      if (this.isIdle()) this.idled.fire();
    }
  }

  private launch(claim: Claim): void {
    const job = this.deps.runner.run(claim.cv.filePath, this.settings.timeoutMs);
    this.running.set(claim.cv.id, { claim, job });
    this.logger.info(`Processing ${claim.cv.fileName} (attempt ${claim.attempts})`);
    this.emit({ id: claim.cv.id, status: 'processing', fileName: claim.cv.fileName });
    void job.done.then((outcome) => {
      if (this.running.get(claim.cv.id)?.job !== job) return; // taken back by stop()
      this.running.delete(claim.cv.id);
      this.settle(claim, outcome);
      this.pump();
    });
  }

  private settle(claim: Claim, outcome: JobOutcome): void {
    const { cv, token } = claim;
    try {
      if (outcome.ok) {
        if (this.claims.complete(cv.id, token, outcome.result)) this.emit({ id: cv.id, status: 'completed', fileName: cv.fileName });
        else this.logger.warn(`Ignored a stale result for ${cv.fileName}: the CV was taken back meanwhile`);
        return;
      }
      if (outcome.permanent || claim.attempts >= this.settings.maxAttempts) {
        const error = outcome.permanent ? outcome.message : `${outcome.message} (gave up after ${claim.attempts} attempts)`;
        if (this.claims.fail(cv.id, token, error)) this.emit({ id: cv.id, status: 'failed', fileName: cv.fileName, error });
        return;
      }
      const delay = this.settings.backoffBaseMs * 2 ** (claim.attempts - 1);
      if (this.claims.requeue(cv.id, token, outcome.message, new Date(Date.now() + delay))) {
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

  private isIdle(): boolean {
    return this.running.size === 0 && (this.paused || !this.deps.cvs.getNextQueuedCV());
  }

  /** A CV backing off becomes due later: come back for it then. */
  private scheduleWake(): void {
    const due = this.claims.nextDueAt();
    if (!due) return;
    this.wakeTimer = setTimeout(() => this.pump(), Math.max(10, due.getTime() - Date.now()));
  }

  private clearWake(): void {
    clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
  }
}

