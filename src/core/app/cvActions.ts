import os from 'node:os';
import path from 'node:path';
import { plural } from '../plural';
import { type EnqueueResult, enqueuePaths } from '../queue/enqueue';
import type { ProjectScope } from '../queue/cvRecord';
import type { AppContext } from './appContext';

export interface EnqueueRequest {
  projectId?: string;
  /** Queue files even when the same content is already in the project. */
  force?: boolean;
}

/** What a user does to CVs: add, retry, cancel, remove. Each change is announced once. */
export class CvActions {
  constructor(private readonly ctx: AppContext) {}

  /** Adds files and folders (the configured file types) and returns once they are saved. */
  async enqueue(paths: readonly string[], request: EnqueueRequest = {}): Promise<EnqueueResult> {
    const storage = await this.ctx.storage();
    const settings = this.ctx.settings();
    // Only a shared queue stores the bytes: in the embedded store they would sit in memory, and
    // the path already means the file on this machine.
    const maxStoredBytes = storage.watch ? settings.maxStoredFileMB * 2 ** 20 : 0;
    const enqueuedBy = settings.userName || osUserName();
    const result = await enqueuePaths(storage, paths, { ...request, extensions: settings.fileTypes, maxStoredBytes, enqueuedBy });
    if (result.notStored.length) {
      this.ctx.logger.warn(`${plural(result.notStored.length, 'CV')} above ${settings.maxStoredFileMB} MB kept only their path: other machines can parse them only where the same path exists`);
    }
    this.ctx.logger.info(`Queued ${plural(result.queued.length, 'CV')} from ${paths.map((p) => path.basename(p)).join(', ')}`);
    this.changed('enqueued');
    return result;
  }

  /** Moves the given failed CVs back to the queue. */
  async retry(ids: readonly string[]): Promise<number> {
    const n = await (await this.ctx.storage()).cvs.retryFailed(ids);
    return this.retried(n);
  }

  /** Moves every failed CV of the scope back to the queue. */
  async retryAllFailed(scope?: ProjectScope): Promise<number> {
    const n = await (await this.ctx.storage()).cvs.retryAllFailed(scope);
    return this.retried(n);
  }

  /** Parses completed (or failed) CVs again, e.g. after a parser update; corrections stay and apply to the new result. */
  async processAgain(ids: readonly string[]): Promise<number> {
    const n = await (await this.ctx.storage()).cvs.processAgain(ids);
    this.ctx.logger.info(`Queued ${plural(n, 'CV')} to be processed again`);
    this.changed('retried');
    return n;
  }

  /** Cancels queued or processing CVs (they become failed "Cancelled"); returns how many. */
  async cancel(ids: readonly string[]): Promise<number> {
    const storage = await this.ctx.storage();
    const worker = this.ctx.worker();
    let n = 0;
    for (const id of ids) {
      // Without a worker here this process holds the queue alone, so no one runs a 'processing' row.
      if (worker ? await worker.cancel(id) : await storage.claims.cancelQueued(id, true)) n++;
    }
    this.ctx.logger.info(`Cancelled ${plural(n, 'CV')}`);
    this.changed('cancelled');
    return n;
  }

  /** Deletes CVs and their results (never the files); a CV being parsed is stopped first. */
  async remove(ids: readonly string[]): Promise<number> {
    const storage = await this.ctx.storage();
    const worker = this.ctx.worker();
    for (const id of ids) if (worker?.isProcessing(id)) await worker.cancel(id);
    const n = await storage.cvs.remove(ids);
    this.ctx.logger.info(`Removed ${plural(n, 'CV')}`);
    this.changed('removed');
    return n;
  }

  /** Removes the completed CVs of the scope (only that project's when one is given). */
  async clearCompleted(scope?: ProjectScope): Promise<number> {
    const storage = await this.ctx.storage();
    const n = await storage.cvs.removeByStatus('completed', scope);
    this.ctx.logger.info(`Removed ${plural(n, 'completed CV')}`);
    this.changed('removed');
    return n;
  }

  private retried(n: number): number {
    this.ctx.logger.info(`Moved ${plural(n, 'failed CV')} back to the queue`);
    this.changed('retried');
    return n;
  }

  private changed(reason: 'enqueued' | 'retried' | 'cancelled' | 'removed'): void {
    this.ctx.worker()?.notify();
    this.ctx.events.manyChanged(reason);
  }
}

/** The OS user name, or undefined where the system cannot say (no passwd entry). */
function osUserName(): string | undefined {
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
