import { parseArgs } from 'node:util';
import { plural } from '../../core/plural';
import { confirmed } from '../confirm';
import { type CliContext, UsageError } from '../context';

export const purgeHelp = `Usage: samsara [--db FILE] purge --older-than DAYS [--yes]

Erases completed and failed CVs last changed more than DAYS days ago (rows and results;
the files themselves are not touched), so candidates' data is kept no longer than needed.

Options:
  --older-than DAYS   the retention period in whole days (1 or more)
  --yes               do not ask (needed when stdin is not a terminal)`;

export async function purgeCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'older-than': { type: 'string' }, yes: { type: 'boolean' } } });
  const text = values['older-than'];
  if (text === undefined) throw new UsageError('purge needs --older-than DAYS.');
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError('--older-than takes a whole number of days, 1 or more.');
  const days = Number(text);
  if (!(await confirmed(ctx.io, values.yes, `Erase completed and failed CVs older than ${plural(days, 'day')}?`))) {
    ctx.io.out('Nothing erased.');
    return 1;
  }
  const n = await ctx.app().privacy.purgeOlderThan(days);
  ctx.io.out(`Erased ${plural(n, 'CV')} older than ${plural(days, 'day')}.`);
  return 0;
}
