import { parseArgs } from 'node:util';
import { type CliContext, UsageError, withQueue } from '../context';
import { resolveIds } from '../resolveIds';
import { plural } from '../../core/plural';

export const retryHelp = `Usage: samsara [--db FILE] retry (--all-failed | ID...)

Moves failed CVs back to the queue with their attempts reset. IDs may be shortened to a unique
prefix, as "samsara status" prints them.`;

export async function retryCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'all-failed': { type: 'boolean' } } });
  if (!values['all-failed'] && positionals.length === 0) throw new UsageError('retry needs --all-failed or CV ids.');
  return withQueue(ctx, async ({ store, cvs }) => {
    const moved = values['all-failed'] ? cvs.retryFailed() : cvs.retryFailed(resolveIds(cvs, positionals));
    await store.flush();
    ctx.io.out(`Moved ${plural(moved, 'failed CV')} back to the queue.`);
    return 0;
  });
}
