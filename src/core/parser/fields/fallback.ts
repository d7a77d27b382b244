/**
 * When no heading names a work history (or an education), dated blocks elsewhere still reach it.
 * Evidence: a date range in the block (with an end, "present" or "since"), job title or company
 * words for a job, degree or school words for a school; contact details and the name are set aside
 * first, since they sit above the first block in a CV without headings.
 */
import type { EducationEntry, WorkEntry } from '../../parsedCv';
import type { DocLine } from '../document';
import { namesDegree, toEducation } from './education';
import { type RawEntry, splitEntries } from './entries';
import type { Section } from './sections';
import { toWork } from './work';
import { companyScore, schoolScore, titleScore } from './words';

const CONTACT_MARK = /@|\+?\d[\d ()/.-]{7,}\d|linkedin|github|https?:|www\./i;

export interface Recovered {
  work: WorkEntry[];
  education: EducationEntry[];
}

function isEducation(e: RawEntry): boolean {
  return e.head.some((h) => namesDegree(h)) && e.head.some((h) => schoolScore(h) > 0);
}

function isJob(e: RawEntry): boolean {
  return e.head.length > 0 && e.head.length <= 4 && e.head.some((h) => titleScore(h) > 0 || companyScore(h) > 0);
}

/** Jobs and schools from the sections that are neither, for the fields that came out empty. */
export function recoverEntries(sections: Section[], personal: string[], want: { work: boolean; education: boolean }): Recovered {
  const out: Recovered = { work: [], education: [] };
  const skip = new Set(personal.filter(Boolean).map((p) => p.toLowerCase()));
  for (const s of sections) {
    if (s.key !== 'header' && s.key !== 'other') continue;
    const lines = s.lines.filter((l: DocLine) => !CONTACT_MARK.test(l.text) && !skip.has(l.text.trim().toLowerCase()));
    for (const e of splitEntries(lines)) {
      if (!e.range?.start) continue;
      if (isEducation(e)) {
        if (want.education) out.education.push(toEducation(e));
      } else if (want.work && isJob(e) && (e.range.end || e.range.current)) {
        const w = toWork(e);
        if (w.title || w.company) out.work.push(w);
      }
    }
  }
  return out;
}
