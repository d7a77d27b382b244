import { parseArgs } from 'node:util';
import type { CopyResult } from '../../core/app/copyQueue';
import type { Logger } from '../../core/logger';
import { plural } from '../../core/plural';
import { type CliContext, UsageError } from '../context';

export type CopyBetween = (from: string, to: string, logger: Logger) => Promise<CopyResult>;

export const dbHelp = `Usage: samsara db copy --from FILE|URL --to FILE|URL

Copies a queue into another: a database file into a team database on PostgreSQL
(postgres://user@host:port/db), or back. Projects (matched by name), CVs with their
results, and the CV files stored with them. CVs already in the target (same id) are left as
they are, so running it again copies nothing new. CVs being parsed arrive queued.

Options:
  --from FILE|URL   the queue to copy from (only read)
  --to FILE|URL     the queue to copy into (created when new)
  -h, --help        show this help`;

export async function dbCommand(ctx: CliContext, argv: string[], copy: CopyBetween): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (positionals[0] !== 'copy' || positionals.length > 1) throw new UsageError('db knows one action: db copy --from FILE|URL --to FILE|URL.');
  if (!values.from || !values.to) throw new UsageError('db copy needs --from and --to.');
  if (values.from === values.to) throw new UsageError('--from and --to name the same queue.');
  const result = await copy(values.from, values.to, ctx.logger);
  ctx.io.out(`Copied ${plural(result.cvs, 'CV')}, ${plural(result.projects, 'new project')} and ${plural(result.files, 'stored file')}.`);
  return 0;
}
