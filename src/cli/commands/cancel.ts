import { parseArgs } from 'node:util';
import { ClaimRepository } from '../../core/queue/claims';
import { type CliContext, withQueue } from '../context';
import { resolveIds } from '../resolveIds';
import { plural } from '../../core/plural';

export const cancelHelp = `Usage: samsara [--db FILE] cancel ID...

Takes queued CVs out of the queue: they become failed with "Cancelled" and can be retried.`;

export async function cancelCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  return withQueue(ctx, async ({ store, cvs }) => {
    const claims = new ClaimRepository(store, cvs);
    // This process holds the database lock, so no worker owns a 'processing' row now.
    const cancelled = resolveIds(cvs, positionals).filter((id) => claims.cancelQueued(id, true)).length;
    await store.flush();
    ctx.io.out(`Cancelled ${plural(cancelled, 'CV')}.`);
    return 0;
  });
}
