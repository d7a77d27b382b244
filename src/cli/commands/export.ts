import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/exportCvs';
import { type CvStatus, isCvStatus } from '../../core/queue/cvRecord';
import { printable } from '../../core/terminalText';
import { type CliContext, UsageError } from '../context';
import { plural } from '../../core/plural';

export const exportHelp = `Usage: samsara [--db FILE] export --format jsonresume|csv|json [--project NAME]
                                [--status STATUS] [--out PATH]
                                [--anonymize]

Exports CVs, oldest first.

Formats:
  jsonresume   one JSON Resume (v1.0.0) file per parsed CV, named after the candidate
               ("Jane Doe.json", "Jane Doe (2).json"), into the folder --out
  csv          one row per CV for Excel: name, email, phone, location, current title and
               company, years of experience, top skills, status, file (UTF-8 with BOM, CRLF)
  json         an array of {"id", "file_path", "file_name", "project", "status",
               "error_message", "parsed"}, "parsed" being the parsed CV (null when not parsed)

Options:
  --format FORMAT   jsonresume, csv or json (required)
  --project NAME    only this project's CVs
  --status STATUS   completed (default), queued, processing, failed or all
  --out PATH        the folder (jsonresume) or file (csv, json) to write; csv and json go to
                    stdout without it
  --anonymize       for blind screening: leaves out name, e-mail, phone, links and street
                    address, replaces the name in free text with "[candidate]", and names
                    files by a pseudonym ("candidate-3f9a1c.json")
  -h, --help        show this help`;

export async function exportCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: 'string' }, project: { type: 'string' }, status: { type: 'string' }, out: { type: 'string' }, anonymize: { type: 'boolean' } },
  });
  const format = values.format;
  if (!format) throw new UsageError('export needs --format jsonresume, csv or json.');
  if (!isFormat(format)) throw new UsageError(`Unknown format "${format}"; use jsonresume, csv or json.`);
  const status = values.status ?? 'completed';
  if (status !== 'all' && !isCvStatus(status)) throw new UsageError(`Unknown status "${status}"; use completed, queued, processing, failed or all.`);
  if (format === 'jsonresume' && !values.out) throw new UsageError('jsonresume writes one file per CV: give the folder with --out.');
  const app = ctx.app();
  const projectId = values.project === undefined ? undefined : (await app.projects.require(values.project)).id;
  const result = await app.export({ format, projectId, status: status as CvStatus | 'all', out: values.out, anonymize: values.anonymize });
  if (result.text !== undefined) {
    (ctx.io.write ?? ((t: string) => process.stdout.write(t)))(result.text);
    return 0;
  }
  const skipped = result.skipped ? `, skipped ${result.skipped} not parsed` : '';
  ctx.io.out(`Exported ${plural(result.exported, 'CV')} to ${values.out}${skipped}.`);
  for (const f of result.failed) ctx.io.err(`Not written: ${printable(f.file)} (${printable(f.source)}): ${printable(f.reason)}`);
  if (result.failed.length) ctx.io.err(`${plural(result.failed.length, 'CV')} could not be written; the others are complete.`);
  return result.failed.length ? 1 : 0;
}

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
