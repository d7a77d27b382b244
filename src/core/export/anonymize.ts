import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ParsedCV } from '../parsedCv';
import type { ExportItem } from './exportCvs';
import { parseLocation } from './location';

export const CANDIDATE = '[candidate]';

// Sections that hold who someone is rather than what they can do: left out of a blind export.
const PERSONAL_HEADINGS = /personal|private|contact|photo|picture|date of birth|birth|\bage\b|gender|sex|nationality|citizenship|marital|family|religion|references?/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin\.com|github\.com)\/\S+/gi;
const PHONE = /\+?\d[\d ()./-]{7,}\d/g;

/** A stable stand-in for a CV, from a hash of its id: the same CV gets it in every export. */
export function pseudonym(cvId: string): string {
  return `candidate-${createHash('sha256').update(cvId).digest('hex').slice(0, 6)}`;
}

/** The CV for blind screening: no identity, and the name replaced inside free text. */
export function anonymizeItem({ record, parsed }: ExportItem): ExportItem {
  const alias = pseudonym(record.id);
  const file = `${alias}${path.extname(record.fileName)}`;
  return {
    record: { ...record, fileName: file, filePath: file, candidateName: undefined, candidateEmail: undefined },
    parsed: parsed && anonymizeCv(parsed),
  };
}

export function anonymizeCv(cv: ParsedCV): ParsedCV {
  const scrub = scrubber(cv.contact.name);
  return {
    ...cv,
    contact: { location: cityAndCountry(cv.contact.location) },
    summary: cv.summary === undefined ? undefined : scrub(cv.summary),
    work_history: cv.work_history.map((w) => ({
      ...w,
      description: w.description === undefined ? undefined : scrub(w.description),
      highlights: w.highlights?.map(scrub),
    })),
    other_sections: cv.other_sections.filter((s) => !PERSONAL_HEADINGS.test(s.heading)).map((s) => ({ ...s, content: scrub(s.content) })),
    // The raw text is the whole document, identity included.
    raw_text: '',
  };
}

/** Street and postal code go; city, region and country stay. */
function cityAndCountry(location: string | undefined): string | undefined {
  const parsed = parseLocation(location);
  const kept = [parsed?.city, parsed?.region, parsed?.countryCode].filter(Boolean).join(', ');
  return kept || undefined;
}

/** Replaces the name, each of its parts (ignoring case), and contact details inside free text. */
function scrubber(name: string | undefined): (text: string) => string {
  const parts = (name ?? '').split(/[\s,]+/).filter((p) => p.replace(/\W/g, '').length >= 2);
  const words = [name?.trim(), ...parts].filter((w): w is string => !!w).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const nameRe = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  return (text) => {
    const out = text.replace(EMAIL, '').replace(URL, '').replace(PHONE, '');
    return nameRe ? out.replace(nameRe, CANDIDATE).replace(/\[candidate\](?:\s+\[candidate\])+/g, CANDIDATE) : out;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
