import { parseArgs } from 'node:util';
import { SETTINGS_SCHEMA } from '../../core/app/settings';
import type { CliContext } from '../context';
import { leaseHelp, leaseMsOption } from '../leaseOption';
import { PROCESS_OPTIONS, settingsFrom } from './process';

const S = SETTINGS_SCHEMA;

export const workerHelp = `Usage: samsara --db URL worker [--concurrency N] [--timeout S] [--max-attempts N] [--region CC]
                              [--lease-seconds S]

Keeps processing a shared queue: parses every CV it can claim, then waits for new ones (it is
told of them by the server, it does not poll). For a server or a spare machine of the team.
SIGTERM or Ctrl-C finishes the running CVs (up to the timeout) and gives the rest back to the
queue; a second signal gives them back at once.

Options: as for "samsara process" (concurrency ${S.concurrency.minimum}-${S.concurrency.maximum}, timeout ${S.timeoutSeconds.minimum}-${S.timeoutSeconds.maximum} s,
max attempts ${S.maxAttempts.minimum}-${S.maxAttempts.maximum}, region), and
${leaseHelp}`;

export async function workerCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: PROCESS_OPTIONS });
  const settings = settingsFrom(values);
  const app = ctx.app(settings, { leaseMs: leaseMsOption(values['lease-seconds']) });
  const graceMs = (settings.timeoutSeconds ?? S.timeoutSeconds.default) * 1000;
  let completed = 0;
  let failed = 0;
  app.events.onDidChangeCv((c) => {
    if (c.status === 'completed') completed++;
    if (c.status === 'failed') failed++;
  });
  const stopped = untilSignal(() => void app.stopProcessing(0));
  await app.startProcessing();
  ctx.io.err('Waiting for CVs. SIGTERM or Ctrl-C stops.');
  await stopped;
  ctx.io.err(`Stopping: finishing the running CVs (up to ${Math.round(graceMs / 1000)} s).`);
  await app.stopProcessing(graceMs);
  ctx.io.out(`Processed ${completed + failed} CVs: ${completed} completed, ${failed} failed.`);
  return 0;
}

/** Resolves on the first SIGTERM or SIGINT; a second one calls `again`. */
function untilSignal(again: () => void): Promise<void> {
  return new Promise((resolve) => {
    let fired = false;
    const handler = (): void => {
      if (fired) return again();
      fired = true;
      resolve();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
