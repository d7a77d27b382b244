import type { ExportFormat } from '../core/export/exportCvs';
import { plural } from '../core/plural';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  detail: string;
  /** The file extension written (none: a folder of files). */
  extension?: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'jsonresume', label: 'JSON Resume files', detail: 'One JSON Resume (jsonresume.org) file per CV, named after the candidate, into a folder' },
  { format: 'csv', label: 'CSV for Excel', detail: 'One row per CV: name, e-mail, phone, location, current job, experience, top skills, status, file', extension: 'csv' },
  { format: 'json', label: 'JSON', detail: 'Every parsed CV exactly as stored, in one array', extension: 'json' },
];

/** "cvs-backend-berlin-2026-11-28.csv": a default file name that says what is in it. */
export function defaultExportName(choice: FormatChoice, projectName: string | undefined, now: Date): string {
  const slug = projectName ? `-${projectName.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}` : '';
  const day = now.toISOString().slice(0, 10);
  return `cvs${slug === '-' ? '' : slug}-${day}${choice.extension ? `.${choice.extension}` : ''}`;
}

/** "Exported 12 CVs to cvs.csv" plus, for JSON Resume, what had no parsed result. */
export function exportSummary(exported: number, skipped: number, target: string): string {
  return `Exported ${plural(exported, 'CV')} to ${target}${skipped ? ` (${skipped} without a parsed result left out)` : ''}.`;
}
