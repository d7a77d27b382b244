import { parseArgs } from 'node:util';
import { type CliContext, withQueue } from '../context';
import { resolveIds } from '../resolveIds';
import { plural } from '../../core/plural';

export const removeHelp = `Usage: samsara [--db FILE] remove ID...

Deletes CVs from the queue (the files themselves are not touched).`;

export async function removeCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  return withQueue(ctx, async ({ store, cvs }) => {
    const removed = cvs.remove(resolveIds(cvs, positionals));
    await store.flush();
    ctx.io.out(`Removed ${plural(removed, 'CV')}.`);
    return 0;
  });
}
