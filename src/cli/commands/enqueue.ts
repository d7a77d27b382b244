import { parseArgs } from 'node:util';
import { enqueuePaths } from '../../core/queue/enqueue';
import { type CliContext, UsageError, withQueue } from '../context';

export const enqueueHelp = `Usage: samsara [--db FILE] enqueue [--project NAME] PATH...

Adds CV files (.pdf .docx .odt .rtf .txt .md) to the queue. Folders are taken recursively;
other file types are skipped and counted. Returns once the CVs are saved.

Options:
  --project NAME   file the CVs under this project (created when new)
  -h, --help       show this help`;

export async function enqueueCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { project: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('enqueue needs at least one file or folder.');
  return withQueue(ctx, async ({ store, cvs, projects }) => {
    const projectId = values.project ? projects.ensure(values.project).id : undefined;
    const result = await enqueuePaths(store, cvs, positionals, { projectId });
    for (const u of result.unreadable) ctx.io.err(`skipped ${u.path}: ${u.reason}`);
    const skipped = result.unsupported.length + result.unreadable.length;
    ctx.io.out(`Queued ${result.queued.length} CV${result.queued.length === 1 ? '' : 's'}, skipped ${skipped} (${result.unsupported.length} unsupported, ${result.unreadable.length} unreadable).`);
    return result.queued.length === 0 && result.unreadable.length > 0 ? 1 : 0;
  });
}
