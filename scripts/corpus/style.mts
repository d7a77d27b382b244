/** How one document writes things: which heading words, bullet, date notation and "present" word it uses. */
import type { Faker } from '@faker-js/faker';
import type { CvData, YM } from './cvData.mjs';
import { type Lang, type SectionKey, WORDS } from './vocab.mjs';

/** mm/yyyy "03/2021", mm.yyyy, iso "2021-03", short "Mar 2021", long "March 2021", year "2021" (months dropped) */
export type DateNotation = 'mm/yyyy' | 'mm.yyyy' | 'iso' | 'short' | 'long' | 'year';
export interface RangeStyle {
  notation: DateNotation;
  /** between start and end: " – ", " - ", " TO " (the localized word, upper-cased), ... */
  sep: 'dash' | 'endash' | 'word' | 'WORD';
  /** current jobs written "seit 03/2021", "depuis 2023", "since 2021" instead of a range */
  since: boolean;
}
export interface Style {
  lang: Lang;
  headings: Record<SectionKey, string>;
  bullet: string;
  range: RangeStyle;
  present: string;
}

export function pickStyle(f: Faker, lang: Lang, ranges: RangeStyle[], bullets = ['•', '–', '▪', '›', '-', '◦']): Style {
  const w = WORDS[lang];
  const headings = Object.fromEntries(Object.entries(w.headings).map(([k, v]) => [k, f.helpers.arrayElement(v)])) as Record<SectionKey, string>;
  return { lang, headings, bullet: f.helpers.arrayElement(bullets), range: f.helpers.arrayElement(ranges), present: f.helpers.arrayElement(w.present) };
}

/** Year-only notations show no month: take the months out of the data so the truth says only what is shown. */
export function applyDatePrecision(cv: CvData, style: Style): void {
  if (style.range.notation !== 'year') return;
  const strip = (d?: YM): void => { if (d) delete d.m; };
  for (const j of cv.work) { strip(j.start); strip(j.end); }
  for (const s of cv.education) { strip(s.start); strip(s.end); }
  for (const c of cv.certifications) strip(c.date);
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(d: YM, notation: DateNotation, lang: Lang): string {
  if (d.m === undefined || notation === 'year') return String(d.y);
  const when = new Date(Date.UTC(d.y, d.m - 1, 15));
  switch (notation) {
    case 'mm/yyyy': return `${pad(d.m)}/${d.y}`;
    case 'mm.yyyy': return `${pad(d.m)}.${d.y}`;
    case 'iso': return `${d.y}-${pad(d.m)}`;
    case 'short': return new Intl.DateTimeFormat(WORDS[lang].locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(when);
    case 'long': {
      const s = new Intl.DateTimeFormat(WORDS[lang].locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
      return lang === 'es' ? s.replace(' de ', ' ') : s;
    }
  }
}

export function formatRange(style: Style, start: YM | undefined, end: YM | undefined): string {
  const { notation, sep, since } = style.range;
  const w = WORDS[style.lang];
  const date = (d: YM): string => formatDate(d, notation, style.lang);
  if (!start) return end ? date(end) : '';
  if (!end && since) return `${w.since} ${date(start)}`;
  const to = end ? date(end) : style.present;
  const between = { dash: ' - ', endash: ' – ', word: ` ${w.to} `, WORD: ` ${w.to.toUpperCase()} ` }[sep];
  const text = `${date(start)}${between}${to}`;
  return sep === 'WORD' ? text.toUpperCase() : text;
}

export const ANY_RANGE: RangeStyle[] = [
  { notation: 'mm/yyyy', sep: 'endash', since: false }, { notation: 'short', sep: 'endash', since: false },
  { notation: 'long', sep: 'dash', since: false }, { notation: 'iso', sep: 'WORD', since: false },
  { notation: 'year', sep: 'endash', since: false }, { notation: 'mm/yyyy', sep: 'dash', since: true },
  { notation: 'mm.yyyy', sep: 'endash', since: false }, { notation: 'year', sep: 'word', since: true },
];
