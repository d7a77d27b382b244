import { parseArgs } from 'node:util';
import { type CliContext, withQueue } from '../context';
import { resolveIds } from '../resolveIds';

export const removeHelp = `Usage: samsara [--db FILE] remove ID...

Deletes CVs from the queue (the files themselves are not touched).`;

export async function removeCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  return withQueue(ctx, async ({ store, cvs }) => {
    const removed = cvs.remove(resolveIds(cvs, positionals));
    await store.flush();
    ctx.io.out(`Removed ${removed} CV${removed === 1 ? '' : 's'}.`);
    return 0;
  });
}
