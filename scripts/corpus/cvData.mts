/** One fictional person's CV as structured data; every template renders from it and the truth is taken from it. */
import { Faker, base, de, en, en_GB, en_US, es, fr, it } from '@faker-js/faker';
import { CERTIFICATIONS, DEGREES, FIELDS_OF_STUDY, GRADES, INSTITUTIONS, JOB_TITLES, LANGUAGE_NAMES, type LanguageKey, OTHER_LANGUAGES, PROFICIENCY, SKILLS } from './lexicon.mjs';
import { HIGHLIGHTS, SUMMARIES } from './phrases.mjs';
import type { Lang, SectionKey } from './vocab.mjs';

export interface YM { y: number; m?: number }
export interface Job { title: string; company: string; location?: string; start: YM; end?: YM; highlights: string[] }
export interface School { institution: string; degree: string; joiner: string; field: string; start?: YM; end: YM; grade?: string }
export interface Cert { name: string; issuer?: string; date?: YM }
export interface Spoken { language: string; proficiency?: string }
export type MainSection = Extract<SectionKey, 'summary' | 'work' | 'education' | 'skills' | 'languages' | 'certifications'>;

export interface CvData {
  lang: Lang;
  name: string;
  headline: string;
  email: string;
  phone: string;
  location?: string;
  linkedin?: string;
  github?: string;
  website?: string;
  /** links shown only as icons: the targets are in the document but not as visible text */
  hiddenLinks: string[];
  summary?: string;
  work: Job[];
  education: School[];
  skills: string[];
  certifications: Cert[];
  languages: Spoken[];
  order: MainSection[];
  /** truth values a template left out because it does not show them */
  dropped: string[];
}

const LOCALES = { en: [en_US, en, base], de: [de, en, base], fr: [fr, en, base], es: [es, en, base], it: [it, en, base] };
const COUNTRY: Record<Lang, string[]> = { en: [], de: ['Deutschland', 'Germany'], fr: ['France'], es: ['España', 'Spain'], it: ['Italia', 'Italy'] };
const NOW = 2026;

export function makeFaker(lang: Lang, seed: number): Faker {
  const f = new Faker({ locale: lang === 'en' && seed % 3 === 0 ? [en_GB, en, base] : LOCALES[lang] });
  f.seed(seed);
  return f;
}

const slug = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
const fill = (f: Faker, s: string, title: string): string =>
  s.replace('{t}', title).replace('{n}', String(f.number.int({ min: 2, max: 9 }))).replace('{s}', f.helpers.arrayElement(SKILLS));

function location(f: Faker, lang: Lang): string {
  const city = f.location.city();
  if (lang === 'en') return f.datatype.boolean(0.6) ? `${city}, ${f.location.state()}` : city;
  return f.datatype.boolean(0.7) ? `${city}, ${f.helpers.arrayElement(COUNTRY[lang])}` : city;
}

function jobs(f: Faker, lang: Lang): Job[] {
  const n = f.helpers.weightedArrayElement([{ value: 1, weight: 1 }, { value: 2, weight: 3 }, { value: 3, weight: 4 }, { value: 4, weight: 2 }, { value: 5, weight: 1 }]);
  const current = f.datatype.boolean(0.75);
  let end: YM | undefined = current ? undefined : { y: NOW - f.number.int({ min: 0, max: 1 }), m: f.number.int({ min: 1, max: 10 }) };
  const out: Job[] = [];
  for (let i = 0; i < n; i++) {
    const endY = end ? end.y : NOW;
    const start: YM = { y: endY - f.number.int({ min: 1, max: 4 }), m: f.number.int({ min: 1, max: 12 }) };
    if (end && start.y === end.y && (start.m ?? 0) >= (end.m ?? 0)) start.y -= 1;
    const highlights = f.helpers.arrayElements(HIGHLIGHTS[lang], { min: 0, max: 3 }).map((h) => fill(f, h, ''));
    out.push({ title: f.helpers.arrayElement(JOB_TITLES[lang]), company: f.company.name(), location: f.location.city(), start, end, highlights });
    end = start.m === 1 ? { y: start.y - 1, m: 12 } : { y: start.y, m: (start.m ?? 2) - 1 };
  }
  return out;
}

/** 0 first degree, 1 master or similar, 2 doctorate: an older school never has the higher degree */
const degreeRank = (d: string): number =>
  /Doct|PhD|Dottorato/.test(d) ? 2 : /Bachelor|B\.Sc|B\.A|Licence|BTS|DUT|Grado|triennale/.test(d) ? 0 : 1;

function schools(f: Faker, lang: Lang, before: number): School[] {
  const picks = f.helpers.arrayElements(DEGREES[lang], f.datatype.boolean(0.6) ? 2 : 1).sort((a, b) => degreeRank(b[0]) - degreeRank(a[0]));
  const out: School[] = [];
  let endY = before;
  for (const [degree, joiner] of picks) {
    const start: YM = { y: endY - f.number.int({ min: 2, max: 4 }), m: 9 };
    out.push({
      institution: f.helpers.arrayElement(INSTITUTIONS[lang]).replace('{c}', f.location.city()), degree, joiner,
      field: f.helpers.arrayElement(FIELDS_OF_STUDY[lang]), start, end: { y: endY, m: f.number.int({ min: 6, max: 9 }) },
      grade: f.datatype.boolean(0.35) ? f.helpers.arrayElement(GRADES[lang]) : undefined,
    });
    endY = start.y;
  }
  return out;
}

function spoken(f: Faker, lang: Lang): Spoken[] {
  const native: LanguageKey = lang === 'en' ? f.helpers.arrayElement(['en', 'en', 'pl', 'pt'] as const) : lang;
  const others = f.helpers.arrayElements(OTHER_LANGUAGES.filter((k) => k !== native), { min: 1, max: 3 });
  if (lang !== 'en' && !others.includes('en')) others[0] = 'en';
  return [native, ...others].map((k, i) => ({
    language: LANGUAGE_NAMES[lang][k],
    proficiency: f.helpers.arrayElement(PROFICIENCY[lang][i === 0 ? 0 : Math.min(3, i)]),
  }));
}

export function makeCv(f: Faker, lang: Lang): CvData {
  const first = f.person.firstName();
  const last = f.person.lastName();
  const handle = `${slug(first)}${slug(last)}${f.number.int({ min: 1, max: 99 })}`;
  const work = jobs(f, lang);
  const education = schools(f, lang, work[work.length - 1].start.y);
  const order: MainSection[] = f.helpers.arrayElement([
    ['summary', 'work', 'education', 'skills', 'languages', 'certifications'],
    ['summary', 'skills', 'work', 'education', 'certifications', 'languages'],
    ['work', 'education', 'skills', 'certifications', 'languages', 'summary'],
    ['summary', 'education', 'work', 'skills', 'languages', 'certifications'],
  ] as MainSection[][]);
  const headline = work[0].title;
  return {
    lang, name: `${first} ${last}`, headline,
    email: `${slug(first)}.${slug(last)}@${f.helpers.arrayElement(['example.com', 'example.org', 'example.net', `mail.example.${lang === 'en' ? 'com' : lang}`])}`,
    phone: f.phone.number({ style: lang === 'en' && f.datatype.boolean(0.3) ? 'international' : 'national' }),
    location: f.datatype.boolean(0.9) ? location(f, lang) : undefined,
    linkedin: f.datatype.boolean(0.7) ? `linkedin.com/in/${handle}` : undefined,
    github: f.datatype.boolean(0.5) ? `github.com/${handle}` : undefined,
    website: f.datatype.boolean(0.25) ? `${slug(last)}.dev` : undefined,
    hiddenLinks: [],
    summary: f.datatype.boolean(0.6) ? fill(f, f.helpers.arrayElement(SUMMARIES[lang]), headline) : undefined,
    work, education,
    skills: f.helpers.arrayElements(SKILLS, { min: 6, max: 16 }),
    certifications: f.datatype.boolean(0.5) ? f.helpers.arrayElements(CERTIFICATIONS, { min: 1, max: 3 }).map(([name, issuer]) => ({
      name, issuer, date: { y: f.number.int({ min: NOW - 8, max: NOW - 1 }), m: f.number.int({ min: 1, max: 12 }) },
    })) : [],
    languages: f.datatype.boolean(0.75) ? spoken(f, lang) : [],
    order, dropped: [],
  };
}
