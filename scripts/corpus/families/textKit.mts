/** Plain-text pieces the TXT and MD families share: each section's lines in a usual form. */
import type { CvData, MainSection } from '../cvData.mjs';
import { type Style, formatDate, formatRange } from '../style.mjs';

export const degreeOf = (s: CvData['education'][number]): string => `${s.degree}${s.joiner}${s.field}`;
export const contactLines = (cv: CvData): string[] => [cv.email, cv.phone, cv.location, cv.linkedin, cv.github, cv.website].filter((x): x is string => !!x);

export interface TextOptions {
  /** how one job's first lines read */
  job?(j: CvData['work'][number], style: Style): string[];
  skills?(cv: CvData): string[];
  indent?: string;
}

export function sectionLines(cv: CvData, style: Style, key: MainSection, o: TextOptions = {}): string[] {
  const ind = o.indent ?? '';
  switch (key) {
    case 'summary': return cv.summary ? [cv.summary] : [];
    case 'work': return cv.work.flatMap((j) => [
      ...(o.job ? o.job(j, style) : [`${j.title}, ${j.company}`, formatRange(style, j.start, j.end)]),
      ...j.highlights.map((h) => `${ind}${style.bullet} ${h}`), '']).slice(0, -1);
    case 'education': return cv.education.flatMap((s) => [
      `${degreeOf(s)}`, `${s.institution}, ${formatRange(style, s.start, s.end)}${s.grade ? ` (${s.grade})` : ''}`, '']).slice(0, -1);
    case 'skills': return cv.skills.length ? (o.skills ? o.skills(cv) : [cv.skills.join(', ')]) : [];
    case 'languages': return cv.languages.map((l) => (l.proficiency ? `${l.language} - ${l.proficiency}` : l.language));
    case 'certifications': return cv.certifications.map((c) => [c.name, c.issuer, c.date ? formatDate(c.date, style.range.notation, style.lang) : ''].filter(Boolean).join(', '));
  }
}
