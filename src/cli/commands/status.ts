import { parseArgs } from 'node:util';
import { printable } from '../../core/terminalText';
import { CV_STATUSES, type CvRecord } from '../../core/queue/cvRecord';
import { type CliContext } from '../context';

export const statusHelp = `Usage: samsara [--db FILE] status [--json] [--project NAME]

Shows how many CVs are queued, processing, completed and failed, and each CV with its status
and error.

Options:
  --json           print one JSON object: {"counts": {...}, "cvs": [...]}; each CV carries
                   "corrected" (true when a person corrected its fields) and "reviewed"
                   ({"by", "at"} when marked reviewed, else null)
  --project NAME   only this project's CVs
  -h, --help       show this help`;

export async function statusCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, project: { type: 'string' } } });
  const app = ctx.app();
  const projectId = values.project ? (await app.projects.require(values.project)).id : undefined;
  const counts = await app.counts(projectId);
  const list = await app.list(projectId);
  if (values.json) {
    const rows = list.map((c) => ({
      id: c.id, file_path: c.filePath, file_name: c.fileName, status: c.status,
      error_message: c.errorMessage ?? null, project: c.projectName ?? null, created_at: c.createdAt,
      corrected: !!c.corrected, reviewed: c.reviewedBy ? { by: c.reviewedBy, at: c.reviewedAt ?? null } : null,
    }));
    ctx.io.out(JSON.stringify({ counts, cvs: rows }));
    return 0;
  }
  ctx.io.out(CV_STATUSES.map((s) => `${s}: ${counts[s]}`).join('  '));
  for (const c of list) {
    ctx.io.out(`${c.id.slice(0, 8)}  ${c.status.padEnd(10)} ${printable(c.fileName)}${printable(detail(c))}`);
  }
  return 0;
}

/** What a reader wants next to the file name: the reason it failed, or who the CV is. */
function detail(c: CvRecord): string {
  if (c.status === 'failed') return c.errorMessage ? `  ${c.errorMessage}` : '';
  if (c.status !== 'completed') return '';
  const who = [c.candidateName, c.candidateEmail && `<${c.candidateEmail}>`].filter(Boolean).join(' ');
  const job = [c.currentTitle, c.currentCompany].filter(Boolean).join(' @ ');
  const text = [who, job].filter(Boolean).join('  ');
  return text ? `  ${text}` : '';
}
