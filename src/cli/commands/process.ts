import { parseArgs } from 'node:util';
import type { QueueApp } from '../../core/app/queueApp';
import { SETTINGS_SCHEMA, type QueueSettings, normalizeLanguages, normalizeRegion } from '../../core/app/settings';
import { type CliContext, UsageError, integerOption } from '../context';
import { leaseHelp, leaseMsOption } from '../leaseOption';
import { errorMessage } from '../../core/logger';
import { printable } from '../../core/terminalText';
import { Progress } from '../progress';
import { watchSaves } from '../saveWatch';

const S = SETTINGS_SCHEMA;

export const processHelp = `Usage: samsara [--db FILE] process [--concurrency N] [--timeout S] [--max-attempts N] [--region CC]
                                       [--ocr auto|off] [--ocr-languages LIST] [--ocr-timeout S] [--lease-seconds S]

Processes the queue until it is empty (a shared queue: until nothing is left that this worker
could claim; CVs other workers are parsing stay theirs): every queued CV is parsed on worker threads and ends
completed or failed (with its reason). Ctrl-C finishes the running CVs, saves and exits; a second
Ctrl-C stops at once (those CVs go back to the queue).

Options:
  --concurrency N    CVs parsed at the same time, ${S.concurrency.minimum}-${S.concurrency.maximum} (default ${S.concurrency.default})
  --timeout S        seconds one CV may take before it is stopped and retried,
                     ${S.timeoutSeconds.minimum}-${S.timeoutSeconds.maximum} (default ${S.timeoutSeconds.default})
  --max-attempts N   tries for a CV that hits a passing error such as a locked file,
                     ${S.maxAttempts.minimum}-${S.maxAttempts.maximum} (default ${S.maxAttempts.default})
  --region CC        country for phone numbers written without +code (e.g. DE; default ${S.defaultPhoneRegion.default})
  --ocr MODE         auto (default): read scanned PDFs and images by OCR; off: fail them
  --ocr-languages L  OCR languages, comma-separated, of ${S.ocrLanguages.default.join(',')} (default all)
  --ocr-timeout S    extra seconds a PDF or image may take for OCR,
                     ${S.ocrTimeoutSeconds.minimum}-${S.ocrTimeoutSeconds.maximum} (default ${S.ocrTimeoutSeconds.default})
${leaseHelp}`;

/** The command's options as settings, each checked against the settings' own ranges. */
export function settingsFrom(values: Record<string, string | undefined>): Partial<QueueSettings> {
  const settings: Partial<QueueSettings> = {
    concurrency: integerOption('concurrency', values.concurrency, '--concurrency'),
    timeoutSeconds: integerOption('timeoutSeconds', values.timeout, '--timeout'),
    maxAttempts: integerOption('maxAttempts', values['max-attempts'], '--max-attempts'),
    ocrTimeoutSeconds: integerOption('ocrTimeoutSeconds', values['ocr-timeout'], '--ocr-timeout'),
  };
  if (values.ocr !== undefined) {
    if (values.ocr !== 'auto' && values.ocr !== 'off') throw new UsageError('--ocr takes auto or off.');
    settings.ocr = values.ocr;
  }
  if (values['ocr-languages'] !== undefined) {
    const asked = values['ocr-languages'].split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
    const unknown = asked.filter((l) => !S.ocrLanguages.default.includes(l as never));
    if (!asked.length || unknown.length) throw new UsageError(`--ocr-languages takes a comma-separated list of ${S.ocrLanguages.default.join(', ')}.`);
    settings.ocrLanguages = normalizeLanguages(asked);
  }
  if (values.region !== undefined) {
    settings.defaultPhoneRegion = normalizeRegion(values.region);
    if (!settings.defaultPhoneRegion) throw new UsageError('--region needs a two-letter country code such as DE.');
  }
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
}

/** The options `process` and `worker` share. */
export const PROCESS_OPTIONS = {
  concurrency: { type: 'string' }, timeout: { type: 'string' }, 'max-attempts': { type: 'string' },
  region: { type: 'string' }, 'lease-seconds': { type: 'string' },
  ocr: { type: 'string' }, 'ocr-languages': { type: 'string' }, 'ocr-timeout': { type: 'string' },
} as const;

export async function processCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: PROCESS_OPTIONS,
  });
  const settings = settingsFrom(values);
  const app = ctx.app(settings, { leaseMs: leaseMsOption(values['lease-seconds']) });
  const graceMs = (settings.timeoutSeconds ?? S.timeoutSeconds.default) * 1000;
  const startCounts = await app.counts();
  const progress = new Progress(ctx.io, startCounts.queued + startCounts.processing);
  const failures = new Map<string, number>();
  let completed = 0;
  app.events.onDidChangeCv((c) => {
    if (c.status === 'completed') completed++;
    if (c.status === 'failed') failures.set(c.error ?? 'unknown error', (failures.get(c.error ?? 'unknown error') ?? 0) + 1);
    if (c.status === 'completed' || c.status === 'failed') progress.finished(c.fileName, c.status === 'completed', c.error);
  });
  const interrupted = onInterrupt(app, graceMs, progress);
  const saves = watchSaves(app);
  await app.startProcessing();
  progress.draw(true);
  await Promise.race([app.whenDrained(), interrupted.promise, saves.failed]);
  let stopFailure: string | undefined;
  try {
    // The handler stays while running CVs finish: a second signal must still stop them cleanly.
    await app.stopProcessing(interrupted.fired ? graceMs : 0);
  } catch (err) {
    stopFailure = errorMessage(err); // its closing save
  } finally {
    interrupted.dispose();
    saves.dispose();
  }
  progress.end();
  const failure = saves.failure ?? stopFailure ?? (await saveNow(app));
  if (failure !== undefined) {
    await printUnsaved(ctx, app, failure);
    return 1;
  }
  await printSummary(ctx, app, completed, failures, progress.elapsedMs);
  return interrupted.fired ? 130 : 0;
}

/** Saves what is left; the failure's message when that does not reach the disk. */
async function saveNow(app: QueueApp): Promise<string | undefined> {
  try {
    await app.flush();
    return undefined;
  } catch (err) {
    return errorMessage(err);
  }
}

/** After a failed save only what the file on disk holds counts as done. */
async function printUnsaved(ctx: CliContext, app: QueueApp, failure: string): Promise<void> {
  ctx.io.err(printable(failure));
  const saved = (await app.saveState())?.saved;
  if (!saved) return;
  const left = saved.queued + saved.processing;
  ctx.io.out('Processing stopped: a save failed, and results that cannot be saved would be lost.');
  ctx.io.out(`On disk: ${saved.completed} completed, ${saved.failed} failed, ${left} still to process. Run "samsara process" again once the database can be saved.`);
}

/** First Ctrl-C: stop claiming and let running CVs finish. Second: stop them now. */
function onInterrupt(app: QueueApp, graceMs: number, progress: Progress) {
  let fired = false;
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const handler = (): void => {
    if (fired) {
      progress.line('Stopping now; unfinished CVs go back to the queue.');
      void app.stopProcessing(0);
      return;
    }
    fired = true;
    progress.line(`Finishing the running CVs (up to ${Math.round(graceMs / 1000)} s), then saving. Ctrl-C again to stop now.`);
    void app.setPaused(true);
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

async function printSummary(ctx: CliContext, app: QueueApp, completed: number, failures: Map<string, number>, elapsedMs: number): Promise<void> {
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  const counts = await app.counts();
  ctx.io.out(`Processed ${completed + failed} CVs in ${(elapsedMs / 1000).toFixed(1)} s: ${completed} completed, ${failed} failed.`);
  for (const [reason, n] of [...failures].sort((a, b) => b[1] - a[1])) ctx.io.out(`  ${String(n).padStart(4)} × ${reason}`);
  if (counts.queued) ctx.io.out(`${counts.queued} CV${counts.queued === 1 ? ' is' : 's are'} still queued.`);
}
