import { parseArgs } from 'node:util';
import { plural } from '../../core/plural';
import { type CliContext, UsageError } from '../context';

export const retryHelp = `Usage: samsara [--db FILE] retry (--all-failed [--project NAME] | ID...)

Moves failed CVs back to the queue with their attempts reset. IDs may be shortened to a unique
prefix, as "samsara status" prints them.

Options:
  --all-failed     every failed CV (with --project: that project's)
  --project NAME   with --all-failed: only this project's failed CVs`;

export async function retryCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'all-failed': { type: 'boolean' }, project: { type: 'string' } } });
  if (!values['all-failed'] && positionals.length === 0) throw new UsageError('retry needs --all-failed or CV ids.');
  if (values.project !== undefined && !values['all-failed']) throw new UsageError('--project goes with --all-failed.');
  const app = ctx.app();
  let moved: number;
  if (values['all-failed']) {
    const scope = values.project === undefined ? undefined : (await app.projects.require(values.project)).id;
    moved = await app.cvs.retryAllFailed(scope);
  } else {
    moved = await app.cvs.retry(await app.resolveIds(positionals));
  }
  ctx.io.out(`Moved ${plural(moved, 'failed CV')} back to the queue.`);
  return 0;
}
