/**
 * How sure the parser is of the whole result. Evidence: which fields were found and how complete
 * they are, the warnings, the text length, and the dated lines of the document against the work
 * history (many dates and no jobs means the layout was not understood).
 */
import type { ParsedCV } from '../../parsedCv';
import type { DocLine } from '../document';
import { firstDateRange } from './dates';
import { unspace } from './headings';

export const NO_STRUCTURE_WARNING = 'dated lines found but no work history: the layout may not have been understood';

/** Lines carrying a date range with an end or "present": what job and school entries look like. */
export function datedLineCount(lines: DocLine[]): number {
  let n = 0;
  for (const l of lines) {
    const r = firstDateRange(unspace(l.text));
    if (r && (r.end || r.current)) n++;
  }
  return n;
}

/** Several dated lines and no work history: the structure was missed. */
export function structureMissing(cv: ParsedCV, datedLines: number): boolean {
  return cv.work_history.length === 0 && datedLines - cv.education.length >= 2;
}

export function confidence(cv: ParsedCV, textLength: number): number {
  if (textLength < 20) return 0;
  let s = 0;
  if (cv.contact.name) s += 0.15;
  if (cv.contact.email) s += 0.12;
  if (cv.contact.phone) s += 0.08;
  const work = cv.work_history;
  if (work.length) s += 0.1 + 0.1 * (work.filter((w) => w.start_date && w.title && w.company).length / work.length);
  if (cv.education.length) s += 0.1 + 0.05 * (cv.education.filter((e) => e.institution && (e.start_date || e.end_date)).length / cv.education.length);
  if (cv.skills.length) s += 0.1;
  const known = cv.section_order.filter((k) => !k.startsWith('other:') && k !== 'contact').length;
  s += Math.min(known, 4) * 0.05;
  s -= 0.05 * cv.warnings.length;
  if (textLength < 300) s *= 0.5;
  // A result without the structure the document shows is doubtful, however much else was found.
  if (cv.warnings.includes(NO_STRUCTURE_WARNING)) s = Math.min(s, 0.45);
  return Math.max(0, Math.min(1, Math.round(s * 100) / 100));
}
