import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Logger, silentLogger } from '../logger';
import type { JobOutcome, JobReply, JobRequest } from './threadProtocol';

/** Node fires a longer timeout at once (with a TimeoutOverflowWarning), so every timer is capped. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface RunningJob {
  done: Promise<JobOutcome>;
  /** Stops the job (terminating its thread if it has one); `done` then resolves as cancelled. */
  cancel(): void;
}

/** Runs one CV's processing somewhere other than the caller's thread. */
export interface ProcessingRunner {
  /** `expectHash`: parse the file only if its bytes still have this sha-256 (else a `stale` outcome). */
  run(filePath: string, timeoutMs: number, expectHash?: string): RunningJob;
  resize(size: number): void;
  close(): Promise<void>;
}

export interface ParsePoolOptions {
  /** The thread's script; defaults to parseThread.js beside the bundle. */
  threadScript?: string;
  size: number;
  logger?: Logger;
  /** Passed to every job (e.g. the default phone region). */
  jobOptions?: Record<string, unknown>;
  /** Idle threads are ended after this long, giving back the parser's memory. */
  idleMs?: number;
  /** Heap limit of one thread: a pathological file ends its thread, not the host process. */
  maxHeapMb?: number;
}

export const CANCELLED = 'Cancelled';

/**
 * A pool of worker_threads that parse CVs, so no parse runs on the caller's thread (in VS Code
 * that is the extension host, shared by every extension). A job that runs past its timeout, or
 * is cancelled, has its thread terminated; a new one is started when next needed.
 */
export class ParsePool implements ProcessingRunner {
  private readonly idle: Worker[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly waiting: ((thread: Worker) => void)[] = [];
  private live = 0;
  private nextJobId = 1;
  private size: number;
  private closed = false;
  private readonly script: string;
  private readonly logger: Logger;

  constructor(private readonly options: ParsePoolOptions) {
    this.size = Math.max(1, options.size);
    this.script = options.threadScript ?? path.join(__dirname, 'parseThread.js');
    this.logger = options.logger ?? silentLogger;
  }

  run(filePath: string, timeoutMs: number, expectHash?: string): RunningJob {
    let settle!: (outcome: JobOutcome) => void;
    let settled = false;
    const done = new Promise<JobOutcome>((resolve) => {
      settle = (outcome) => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
    });
    let thread: Worker | undefined;
    let stopWatching: (() => void) | undefined;
    let waiter: ((t: Worker) => void) | undefined;
    const start = (t: Worker): void => {
      if (settled) return this.release(t);
      thread = t;
      stopWatching = this.runOn(t, { filePath, expectHash }, timeoutMs, (outcome, healthy) => {
        thread = undefined;
        if (healthy) this.release(t);
        else this.discard(t);
        settle(outcome);
      });
    };
    const cancel = (): void => {
      if (settled) return;
      if (waiter) this.waiting.splice(this.waiting.indexOf(waiter), 1);
      // The job's timeout would otherwise keep the process alive after a stop, then discard
      // the same thread a second time.
      stopWatching?.();
      if (thread) this.discard(thread);
      settle({ ok: false, message: CANCELLED, permanent: true });
    };
    const ready = this.acquire();
    if (ready) start(ready);
    else {
      waiter = start;
      this.waiting.push(waiter);
    }
    return { done, cancel };
  }

  /** Starts the job on `t`; returns what stops watching it (its timer and listeners). */
  private runOn(t: Worker, file: { filePath: string; expectHash?: string }, timeoutMs: number, finish: (o: JobOutcome, healthy: boolean) => void): () => void {
    const jobId = this.nextJobId++;
    const cleanup = (): void => {
      clearTimeout(timer);
      t.off('message', onMessage);
      t.off('error', onError);
      t.off('exit', onExit);
    };
    const onMessage = (reply: JobReply): void => {
      if (reply.jobId !== jobId) return;
      cleanup();
      const { jobId: _id, ...outcome } = reply;
      finish(outcome, true);
    };
    const onError = (err: Error & { code?: string }): void => {
      cleanup();
      // The same file would exhaust the heap again: no point retrying it.
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ ok: false, message: 'the parser ran out of memory on this file', permanent: true }, false);
      else finish({ ok: false, message: `the parsing thread crashed: ${err.message}`, permanent: false }, false);
    };
    const onExit = (code: number): void => {
      cleanup();
      finish({ ok: false, message: `the parsing thread stopped unexpectedly (exit code ${code})`, permanent: false }, false);
    };
    const timer = setTimeout(() => {
      cleanup();
      this.logger.warn(`Parsing ${path.basename(file.filePath)} took longer than ${seconds(timeoutMs)}; its thread was stopped.`);
      finish({ ok: false, message: `timed out after ${seconds(timeoutMs)}`, permanent: false }, false);
    }, Math.min(timeoutMs, MAX_TIMER_MS));
    t.on('message', onMessage);
    t.on('error', onError);
    t.on('exit', onExit);
    t.postMessage({ jobId, ...file, options: this.options.jobOptions ?? {} } satisfies JobRequest);
    return cleanup;
  }

  private acquire(): Worker | undefined {
    const reused = this.idle.pop();
    if (reused) {
      clearTimeout(this.idleTimers.get(reused));
      this.idleTimers.delete(reused);
      return reused;
    }
    if (this.live >= this.size) return undefined;
    this.live++;
    const t = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024 } });
    t.unref();
    return t;
  }

  private release(t: Worker): void {
    const next = this.waiting.shift();
    if (next) return next(t);
    if (this.closed || this.live > this.size) return this.discard(t);
    this.idle.push(t);
    const timer = setTimeout(() => {
      this.idle.splice(this.idle.indexOf(t), 1);
      this.discard(t);
    }, this.options.idleMs ?? 60_000);
    timer.unref();
    this.idleTimers.set(t, timer);
  }

  /** Ends a thread that is stuck, crashed, cancelled or no longer needed. */
  private discard(t: Worker): void {
    this.live--;
    t.removeAllListeners();
    t.on('error', () => undefined);
    void t.terminate();
    while (this.waiting.length && this.live < this.size) {
      const next = this.waiting.shift();
      const fresh = this.acquire();
      if (next && fresh) next(fresh);
    }
  }

  resize(size: number): void {
    this.size = Math.max(1, size);
    while (this.live > this.size && this.idle.length) {
      const t = this.idle.pop();
      if (t) {
        clearTimeout(this.idleTimers.get(t));
        this.idleTimers.delete(t);
        this.discard(t);
      }
    }
  }

  get threadCount(): number {
    return this.live;
  }

  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle.splice(0);
    for (const t of idle) {
      clearTimeout(this.idleTimers.get(t));
      this.live--;
      await t.terminate();
    }
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}
