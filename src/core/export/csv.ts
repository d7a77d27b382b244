import type { ExportItem } from './exportCvs';
import { latestJob, yearsOfExperience } from './experience';

/**
 * CSV for Excel: UTF-8 with a byte order mark (so Excel does not read it as the local code
 * page), CRLF line ends, RFC 4180 quoting, and cells that Excel would run as a formula made inert.
 */
export const CSV_BOM = '\uFEFF';

// =, +, - and @ start a formula; tab and CR can hide such a start from a naive check.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that would start a formula with a single quote, so it is shown as text. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted (quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  return csvField(typeof value === 'number' ? String(value) : neutralizeFormula(value));
}

/** The whole document: BOM, header, rows, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${CSV_BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

export const CV_CSV_HEADER = [
  'Name', 'Email', 'Phone', 'Location', 'Current title', 'Current company', 'Years of experience', 'Top skills', 'Status', 'File',
] as const;

/** One row per CV; a CV not parsed (yet) has only its status and file. */
export function cvsToCsv(items: readonly ExportItem[], now: Date): string {
  return toCsv(CV_CSV_HEADER, items.map(({ record, parsed }) => {
    const job = parsed && latestJob(parsed.work_history);
    return [
      parsed?.contact.name, parsed?.contact.email, parsed?.contact.phone, parsed?.contact.location,
      job?.title, job?.company, parsed && yearsOfExperience(parsed.work_history, now),
      parsed && topSkills(parsed.skills).join('; '), record.status, record.filePath,
    ];
  }));
}

/** The first ten skills as listed, each once. */
function topSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const top: string[] = [];
  for (const s of skills) {
    const skill = s.trim();
    if (!skill || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    top.push(skill);
    if (top.length === 10) break;
  }
  return top;
}
