import { parseArgs } from 'node:util';
import { ParsePool } from '../../core/queue/parsePool';
import type { CvRepository } from '../../core/queue/repository';
import { QueueWorker } from '../../core/queue/worker';
import { type CliContext, UsageError, withQueue } from '../context';
import { Progress } from '../progress';

export const processHelp = `Usage: samsara [--db FILE] process [--concurrency N] [--timeout S] [--max-attempts N] [--region CC]

Processes the queue until it is empty: every queued CV is parsed on worker threads and ends
completed or failed (with its reason). Ctrl-C finishes the running CVs, saves and exits; a second
Ctrl-C stops at once (those CVs go back to the queue).

Options:
  --concurrency N    CVs parsed at the same time (default 2)
  --timeout S        seconds one CV may take before it is stopped and retried (default 60)
  --max-attempts N   tries for a CV that hits a passing error such as a locked file (default 3)
  --region CC        country for phone numbers written without +code (e.g. DE)`;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number.`);
  return n;
}

export async function processCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { concurrency: { type: 'string' }, timeout: { type: 'string' }, 'max-attempts': { type: 'string' }, region: { type: 'string' } },
  });
  const settings = {
    concurrency: Math.floor(positiveInt(values.concurrency, '--concurrency', 2)),
    timeoutMs: positiveInt(values.timeout, '--timeout', 60) * 1000,
    maxAttempts: Math.floor(positiveInt(values['max-attempts'], '--max-attempts', 3)),
  };
  return withQueue(ctx, async ({ store, cvs }) => {
    const runner = new ParsePool({ size: settings.concurrency, logger: ctx.logger, jobOptions: { defaultPhoneRegion: values.region } });
    const worker = new QueueWorker({ store, cvs, runner, logger: ctx.logger }, settings);
    const startCounts = cvs.countByStatus();
    const progress = new Progress(ctx.io, startCounts.queued + startCounts.processing);
    const failures = new Map<string, number>();
    let completed = 0;
    worker.onDidChange((c) => {
      if (c.status === 'completed') completed++;
      if (c.status === 'failed') failures.set(c.error ?? 'unknown error', (failures.get(c.error ?? 'unknown error') ?? 0) + 1);
      if (c.status === 'completed' || c.status === 'failed') progress.finished(c.fileName, c.status === 'completed', c.error);
    });
    const interrupted = onInterrupt(worker, settings.timeoutMs, progress);
    worker.start();
    progress.draw(true);
    await Promise.race([worker.whenDrained(), interrupted.promise]);
    interrupted.dispose();
    await worker.stop(interrupted.fired ? settings.timeoutMs : 0);
    progress.end();
    printSummary(ctx, cvs, completed, failures, progress.elapsedMs);
    return interrupted.fired ? 130 : 0;
  });
}

/** First Ctrl-C: stop claiming and let running CVs finish. Second: stop them now. */
function onInterrupt(worker: QueueWorker, graceMs: number, progress: Progress) {
  let fired = false;
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const handler = (): void => {
    if (fired) {
      progress.line('Stopping now; unfinished CVs go back to the queue.');
      void worker.stop(0);
      return;
    }
    fired = true;
    progress.line(`Finishing the running CVs (up to ${Math.round(graceMs / 1000)} s), then saving. Ctrl-C again to stop now.`);
    worker.pause();
    resolve();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    promise,
    get fired() {
      return fired;
    },
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

function printSummary(ctx: CliContext, cvs: CvRepository, completed: number, failures: Map<string, number>, elapsedMs: number): void {
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  const counts = cvs.countByStatus();
  ctx.io.out(`Processed ${completed + failed} CVs in ${(elapsedMs / 1000).toFixed(1)} s: ${completed} completed, ${failed} failed.`);
  for (const [reason, n] of [...failures].sort((a, b) => b[1] - a[1])) ctx.io.out(`  ${String(n).padStart(4)} × ${reason}`);
  if (counts.queued) ctx.io.out(`${counts.queued} CV${counts.queued === 1 ? ' is' : 's are'} still queued.`);
}
