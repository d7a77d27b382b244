/**
 * More JSON Resume themes from npm (paper, spartan, actual), rendered by the theme and printed by Chromium.
 * What each theme shows was read off its output; the truth drops the rest.
 */
import type { CvData, YM } from '../cvData.mjs';
import type { Doc, Family } from '../family.mjs';
import { hide } from '../truth.mjs';
import { renderTheme, toJsonResume } from './jsonResume.mjs';

const MONTHS_SHOWN = [{ notation: 'short' as const, sep: 'endash' as const, since: false }];

/** themes written for the older schema read work[].company and basics.website */
function withOldSchema(cv: CvData): object {
  const resume = toJsonResume(cv) as { basics: Record<string, unknown>; work: Array<Record<string, unknown>> };
  resume.basics.website = resume.basics.url;
  for (const w of resume.work) w.company = w.name;
  return resume;
}

const cityOnly = (cv: CvData): void => {
  if (cv.location?.includes(', ')) { cv.location = cv.location.split(', ')[0]; cv.dropped.push('location.region'); }
};
const dropEduDates = (cv: CvData): void => {
  for (const s of cv.education) {
    if (s.start) { s.start = undefined; cv.dropped.push('edu.start'); }
    (s as { end?: YM }).end = undefined;
    cv.dropped.push('edu.end');
  }
};
const dropCertDates = (cv: CvData): void => {
  for (const c of cv.certifications) if (c.date) { c.date = undefined; cv.dropped.push('cert.date'); }
};

export const themePaper: Family = {
  id: 'jsonresume-theme-paper', short: 'paper', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'fr'], ranges: MONTHS_SHOWN,
  // a left column of labels; skills as "Name:" lines, languages as a list of names and levels, profiles as network names
  // linking to the URL; no summary, no certificates, no grades; the "Location" label stays empty (the city is not printed)
  adapt: (cv) => {
    hide.location(cv);
    hide.summary(cv);
    hide.certifications(cv);
    hide.grades(cv);
    hide.linksAsIcons(cv, ['linkedin', 'github']);
  },
  render: async (doc: Doc) => ({ kind: 'html', html: await renderTheme('jsonresume-theme-paper', false, withOldSchema(doc.cv)) }),
};

export const themeSpartan: Family = {
  id: 'jsonresume-theme-spartan', short: 'spartan', split: 'train', formats: ['pdf'], langs: ['en', 'it', 'es'], ranges: MONTHS_SHOWN,
  // profiles as usernames linking to the URL, no personal website, no certificates, no grades, school years without months
  adapt: (cv) => {
    cityOnly(cv);
    hide.certifications(cv);
    hide.grades(cv);
    hide.linksAsIcons(cv, ['linkedin', 'github', 'website']);
    for (const s of cv.education) { delete s.start?.m; delete s.end.m; }
  },
  render: async (doc: Doc) => ({ kind: 'html', html: await renderTheme('jsonresume-theme-spartan', false, withOldSchema(doc.cv)) }),
};

export const themeActual: Family = {
  id: 'jsonresume-theme-actual', short: 'actual', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'fr', 'es'], ranges: MONTHS_SHOWN,
  // links listed as text at the end, schools without dates or grades, certificates without dates, languages as "German · Native"
  adapt: (cv) => {
    cityOnly(cv);
    hide.grades(cv);
    dropEduDates(cv);
    dropCertDates(cv);
  },
  render: async (doc: Doc) => ({ kind: 'html', html: await renderTheme('jsonresume-theme-actual', false, toJsonResume(doc.cv)) }),
};
