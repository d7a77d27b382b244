import type { ParsedCV } from '../../parsedCv';

/** How sure the parser is of the whole result: what was found, weighed, minus doubts. */
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
  return Math.max(0, Math.min(1, Math.round(s * 100) / 100));
}
