import { parseArgs } from 'node:util';
import { plural } from '../../core/plural';
import { type CliContext, requireIds } from '../context';

export const removeHelp = `Usage: samsara [--db FILE] remove ID...

Deletes CVs from the queue (the files themselves are not touched).`;

export async function removeCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const app = ctx.app();
  const removed = await app.cvs.remove(await app.resolveIds(requireIds(positionals)));
  ctx.io.out(`Removed ${plural(removed, 'CV')}.`);
  return 0;
}
