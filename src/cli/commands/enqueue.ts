import { parseArgs } from 'node:util';
import { printable } from '../../core/terminalText';
import { type CliContext, UsageError, integerOption } from '../context';
import { plural } from '../../core/plural';

export const enqueueHelp = `Usage: samsara [--db FILE] enqueue [--project NAME] PATH...

Adds CV files (.pdf .docx .odt .rtf .txt .md) to the queue. Folders are taken recursively;
other file types are skipped and counted. Returns once the CVs are saved.

A file whose content is already in the project is skipped and reported, unless --force.
In a team database (--db postgres://…) each file up to --max-stored-mb is stored with its CV,
once per content, so a worker on any machine can parse it; a larger one keeps only its path.

Options:
  --project NAME       file the CVs under this project (created when new)
  --force              queue files even when the same content is already queued
  --max-stored-mb N    team database: store files up to N MB (0 to 50, default 20; 0: never)
  --queued-by NAME     recorded as who queued the CVs (default: the OS user name)
  -h, --help           show this help`;

export async function enqueueCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { project: { type: 'string' }, force: { type: 'boolean' }, 'max-stored-mb': { type: 'string' }, 'queued-by': { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('enqueue needs at least one file or folder.');
  const maxStoredFileMB = integerOption('maxStoredFileMB', values['max-stored-mb'], '--max-stored-mb');
  const app = ctx.app({
    ...(maxStoredFileMB === undefined ? {} : { maxStoredFileMB }),
    ...(values['queued-by'] ? { userName: values['queued-by'] } : {}),
  });
  const projectId = values.project ? (await app.projects.ensure(values.project)).id : undefined;
  const result = await app.cvs.enqueue(positionals, { projectId, force: values.force });
  for (const u of result.unreadable) ctx.io.err(`skipped ${printable(u.path)}: ${printable(u.reason)}`);
  for (const p of result.notStored) ctx.io.err(`stored only the path of ${printable(p)}: larger than the size cap for stored files (--max-stored-mb)`);
  for (const d of result.duplicates) ctx.io.err(`skipped ${printable(d.path)}: already in the queue as ${printable(d.existingName)} (${d.existingId.slice(0, 8)})`);
  const { links, notFiles } = result.skipped;
  const skipped = result.unsupported.length + result.unreadable.length + result.duplicates.length + links + notFiles;
  const others = [links && plural(links, 'link'), notFiles && `${notFiles} not regular files`].filter(Boolean).map((p) => `, ${p}`).join('');
  ctx.io.out(
    `Queued ${plural(result.queued.length, 'CV')}, skipped ${skipped} ` +
      `(${result.duplicates.length} already queued, ${result.unsupported.length} unsupported, ${result.unreadable.length} unreadable${others}).`,
  );
  return result.queued.length === 0 && result.unreadable.length > 0 ? 1 : 0;
}
