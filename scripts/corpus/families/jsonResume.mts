/**
 * JSON Resume themes from npm, rendered to HTML by the theme and printed by Chromium. What each theme
 * shows (month or year, profiles, certificates...) was read off its output; the truth drops the rest.
 */
import { createRequire } from 'node:module';
import type { CvData, YM } from '../cvData.mjs';
import type { Doc, Family } from '../family.mjs';
import { hide } from '../truth.mjs';

interface Theme { render(resume: object): string | Promise<string> }
const load = createRequire(import.meta.url);
const ym = (d?: YM): string | undefined => (d ? (d.m === undefined ? String(d.y) : `${d.y}-${String(d.m).padStart(2, '0')}`) : undefined);

export function toJsonResume(cv: CvData): object {
  const [city, region] = (cv.location ?? '').split(', ');
  const profiles = [
    cv.linkedin && { network: 'LinkedIn', username: cv.linkedin.split('/').pop(), url: `https://${cv.linkedin}` },
    cv.github && { network: 'GitHub', username: cv.github.split('/').pop(), url: `https://${cv.github}` },
  ].filter(Boolean);
  return {
    basics: {
      name: cv.name, label: cv.headline, email: cv.email, phone: cv.phone, url: cv.website ? `https://${cv.website}` : undefined,
      summary: cv.summary, location: cv.location ? { city, region } : undefined, profiles,
    },
    work: cv.work.map((j) => ({ name: j.company, position: j.title, startDate: ym(j.start), endDate: ym(j.end), highlights: j.highlights })),
    education: cv.education.map((s) => ({ institution: s.institution, studyType: s.degree, area: s.field, startDate: ym(s.start), endDate: ym(s.end), score: s.grade })),
    skills: cv.skills.map((name) => ({ name })),
    languages: cv.languages.map((l) => ({ language: l.language, fluency: l.proficiency })),
    certificates: cv.certifications.map((c) => ({ name: c.name, issuer: c.issuer, date: ym(c.date) })),
  };
}

export async function renderTheme(pkg: string, esm: boolean, resume: object): Promise<string> {
  const mod = (esm ? await import(pkg) : load(pkg)) as Theme & { default?: Theme };
  const theme = typeof mod.render === 'function' ? mod : (mod.default as Theme);
  return theme.render(resume);
}
const renderWith = (pkg: string, esm: boolean, doc: Doc): Promise<string> => renderTheme(pkg, esm, toJsonResume(doc.cv));

const MONTHS_SHOWN = [{ notation: 'short' as const, sep: 'endash' as const, since: false }];

export const themeEven: Family = {
  id: 'jsonresume-theme-even', short: 'even', split: 'train', formats: ['pdf'], langs: ['en', 'en', 'de'], ranges: MONTHS_SHOWN,
  // shows the city without the region, profiles as "username (LinkedIn)" linking to the URL, no grades
  adapt: (cv) => {
    if (cv.location?.includes(', ')) { cv.location = cv.location.split(', ')[0]; cv.dropped.push('location.region'); }
    hide.linksAsIcons(cv, ['linkedin', 'github']);
    hide.grades(cv);
  },
  render: async (doc) => ({ kind: 'html', html: await renderWith('jsonresume-theme-even', true, doc) }),
};
export const themeStackOverflow: Family = {
  id: 'jsonresume-theme-stackoverflow', short: 'stackoverflow', split: 'train', formats: ['pdf'], langs: ['en', 'en', 'fr'], ranges: MONTHS_SHOWN,
  adapt: (cv) => hide.grades(cv),
  render: async (doc) => ({ kind: 'html', html: await renderWith('jsonresume-theme-stackoverflow', false, doc) }),
};
export const themeKendall: Family = {
  id: 'jsonresume-theme-kendall', short: 'kendall', split: 'validation', formats: ['pdf'], langs: ['en', 'en', 'es'], ranges: MONTHS_SHOWN,
  // no certificates, no languages, no grades, school years without months, profiles as network + username
  adapt: (cv) => {
    hide.certifications(cv);
    hide.languages(cv);
    hide.grades(cv);
    hide.linksAsIcons(cv, ['linkedin', 'github']);
    for (const s of cv.education) { delete s.start?.m; delete s.end.m; }
  },
  render: async (doc) => ({ kind: 'html', html: await renderWith('jsonresume-theme-kendall', false, doc) }),
};
