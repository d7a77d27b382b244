import type { Contact, ParsedCV } from '../parsedCv';
import { resumeDate } from './dates';
import { type ResumeLocation, parseLocation } from './location';

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

export interface ResumeProfile {
  network: string;
  username?: string;
  url?: string;
}

/** The parts of the JSON Resume schema (v1.0.0) a parsed CV fills. */
export interface JsonResume {
  $schema: string;
  basics: {
    name?: string;
    email?: string;
    phone?: string;
    url?: string;
    summary?: string;
    location?: ResumeLocation;
    profiles: ResumeProfile[];
  };
  work: { name?: string; position?: string; location?: string; startDate?: string; endDate?: string; summary?: string; highlights?: string[] }[];
  education: { institution?: string; area?: string; studyType?: string; startDate?: string; endDate?: string; score?: string }[];
  skills: { name: string }[];
  languages: { language: string; fluency?: string }[];
  certificates: { name: string; issuer?: string; date?: string }[];
  meta: { version: string };
}

/** A parsed CV as a JSON Resume document; fields the CV does not have stay absent. */
export function toJsonResume(cv: ParsedCV): JsonResume {
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: basics(cv),
    work: nonEmptyObjects(cv.work_history.map((w) => compact({
      name: w.company, position: w.title, location: w.location,
      startDate: resumeDate(w.start_date), endDate: w.current ? undefined : resumeDate(w.end_date),
      summary: w.description, highlights: highlights(w.highlights),
    }))),
    education: nonEmptyObjects(cv.education.map((e) => compact({
      institution: e.institution, area: e.field, studyType: e.degree,
      startDate: resumeDate(e.start_date), endDate: resumeDate(e.end_date), score: e.grade,
    }))),
    skills: cv.skills.filter(nonEmpty).map((name) => ({ name })),
    languages: cv.languages.filter((l) => nonEmpty(l.language)).map((l) => compact({ language: l.language, fluency: l.proficiency })),
    certificates: cv.certifications.filter((c) => nonEmpty(c.name)).map((c) => compact({ name: c.name, issuer: c.issuer, date: resumeDate(c.date) })),
    meta: { version: 'v1.0.0' },
  };
}

function basics(cv: ParsedCV): JsonResume['basics'] {
  const c = cv.contact;
  return {
    ...compact({ name: c.name, email: validEmail(c.email), phone: c.phone, url: webUrl(c.website), summary: cv.summary, location: parseLocation(c.location) }),
    profiles: profiles(c),
  };
}

function profiles(c: Contact): ResumeProfile[] {
  const list: ResumeProfile[] = [];
  for (const [network, value] of [['LinkedIn', c.linkedin], ['GitHub', c.github]] as const) {
    const url = webUrl(value);
    if (!url) continue;
    // The handle is the last path segment: linkedin.com/in/janedoe, github.com/janedoe.
    const username = new URL(url).pathname.split('/').filter(Boolean).pop();
    list.push(compact({ network, username: username && decodeURIComponent(username), url }));
  }
  return list;
}

/** The contract stores URLs without a scheme; JSON Resume wants a full URI. */
function webUrl(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || /\s/.test(v)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? withScheme : undefined;
  } catch {
    return undefined;
  }
}

// The schema's "email" format; anything that fails it would make the whole file invalid.
function validEmail(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i.test(v) ? v : undefined;
}

function highlights(list: string[] | undefined): string[] | undefined {
  const kept = list?.filter(nonEmpty);
  return kept?.length ? kept : undefined;
}

/** An entry left with nothing (only an unreadable date, say) would just be an empty line in a theme. */
function nonEmptyObjects<T extends object>(list: T[]): T[] {
  return list.filter((o) => Object.keys(o).length > 0);
}

function nonEmpty(s: string | undefined): s is string {
  return !!s?.trim();
}

/** Drops absent and empty values, so the document carries only what the CV says. */
function compact<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}
