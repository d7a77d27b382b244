import { parseArgs } from 'node:util';
import { plural } from '../../core/plural';
import { type CliContext, requireIds } from '../context';

export const cancelHelp = `Usage: samsara [--db FILE] cancel ID...

Takes queued CVs out of the queue: they become failed with "Cancelled" and can be retried.`;

export async function cancelCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const app = ctx.app();
  const cancelled = await app.cvs.cancel(await app.resolveIds(requireIds(positionals)));
  ctx.io.out(`Cancelled ${plural(cancelled, 'CV')}.`);
  return 0;
}
