/** The truth of a document: the parsed-CV fields a reader sees in it, in the shared corpus's conventions. */
import type { CvData, YM } from './cvData.mjs';

const ym = (d?: YM): string | undefined => (d ? (d.m === undefined ? String(d.y) : `${d.y}-${String(d.m).padStart(2, '0')}`) : undefined);
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

export function truthOf(cv: CvData): object {
  return {
    contact: defined({
      name: cv.name, email: cv.email, phone: cv.phone, location: cv.location,
      linkedin: cv.linkedin, github: cv.github, website: cv.website,
      hidden_links: cv.hiddenLinks.length ? cv.hiddenLinks : undefined,
    }),
    summary: cv.summary,
    work_history: cv.work.map((j) => defined({
      title: j.title, company: j.company, start_date: ym(j.start), end_date: ym(j.end), current: j.end ? undefined : true,
    })),
    education: cv.education.map((s) => defined({
      institution: s.institution, degree: s.degree, field: s.field, start_date: ym(s.start), end_date: ym(s.end), grade: s.grade,
    })),
    skills: cv.skills,
    certifications: cv.certifications.map((c) => defined({ name: c.name, issuer: c.issuer, date: ym(c.date) })),
    languages: cv.languages.map((l) => defined({ language: l.language, proficiency: l.proficiency })),
  };
}

/** Field removers for templates that do not show a field: the removal is recorded for the manifest. */
export const hide = {
  location(cv: CvData): void { if (cv.location) { cv.location = undefined; cv.dropped.push('location'); } },
  links(cv: CvData): void {
    for (const k of ['linkedin', 'github', 'website'] as const) if (cv[k]) { cv[k] = undefined; cv.dropped.push(k); }
  },
  summary(cv: CvData): void { if (cv.summary) { cv.summary = undefined; cv.dropped.push('summary'); } },
  grades(cv: CvData): void { for (const s of cv.education) if (s.grade) { s.grade = undefined; cv.dropped.push('edu.grade'); } },
  certifications(cv: CvData): void { cv.certifications.forEach(() => cv.dropped.push('certification')); cv.certifications = []; },
  languages(cv: CvData): void { cv.languages.forEach(() => cv.dropped.push('language')); cv.languages = []; },
  eduStart(cv: CvData): void { for (const s of cv.education) if (s.start) { s.start = undefined; cv.dropped.push('edu.start'); } },
  /** links become icons: their targets are in the file (link annotations) but a reader does not see them */
  linksAsIcons(cv: CvData, keys: Array<'linkedin' | 'github' | 'website'>): void {
    for (const k of keys) {
      const v = cv[k];
      if (v) { cv.hiddenLinks.push(v); cv[k] = undefined; }
    }
  },
};
