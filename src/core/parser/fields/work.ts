/**
 * Work entries from their section. Evidence: title words and company words (words.ts), separators
 * (at, |, -, commas), place words (places.ts), and the entry's date range (entries.ts).
 */
import type { WorkEntry } from '../../parsedCv';
import type { DocLine } from '../document';
import { type RawEntry, splitEntries } from './entries';
import { isPlaceWord } from './places';
import { companyScore, titleScore } from './words';

interface Parts {
  title?: string;
  company?: string;
  location?: string;
}

const REMOTE = /^(remote|hybrid|homeoffice|home office|télétravail|remoto)$/i;

function isLocationPart(p: string): boolean {
  const t = p.trim();
  if (REMOTE.test(t)) return true;
  if (/^[A-Z]{2}$/.test(t) || isPlaceWord(t)) return true;
  return false;
}

/** "Title at Company", "Title | Company", "Title, Company, City", "Company, Title" … */
export function splitHeaderText(text: string): Parts {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.,;]$/, '');
  let m = /^(.+?)\s+(?:at|@|bei|chez|en)\s+(.+)$/i.exec(t);
  if (m && titleScore(m[1])) return { title: m[1], ...companyAndPlace(m[2]) };
  const bars = t.split(/\s+[|·•]\s+|\s+[–—]\s+/);
  if (bars.length >= 2) {
    const ti = bars.findIndex((b) => titleScore(b) && !companyScore(b));
    if (ti >= 0) {
      const rest = bars.filter((_, i) => i !== ti);
      return { title: bars[ti], ...companyAndPlace(rest.join(', ')) };
    }
  }
  // "Title - Company - Name": only the first hyphen parts a title from a company that may hold one too.
  m = /^(.+?)\s+-\s+(.+)$/.exec(t);
  if (m && titleScore(m[1]) && !companyScore(m[1])) return { title: m[1], ...companyAndPlace(m[2]) };
  const parts = t.split(/\s*,\s*/);
  if (parts.length >= 2) {
    if (titleScore(parts[0]) && !companyScore(parts[0])) return { title: parts[0], ...companyAndPlace(parts.slice(1).join(', ')) };
    const last = parts.length - 1;
    if (titleScore(parts[last]) && !isLocationPart(parts[last])) return { title: parts[last], company: parts.slice(0, last).join(', ') };
  }
  m = /^(.+?)\s+(?:at|@|bei|chez)\s+(.+)$/i.exec(t);
  if (m) return { title: m[1], ...companyAndPlace(m[2]) };
  return {};
}

/** "Legros and Sons, Bernadineville, NV" → company and location. */
export function companyAndPlace(text: string): Parts {
  const parts = text.split(/\s*[|]\s*/);
  if (parts.length === 2) return { company: parts[0], location: parts[1] };
  const commas = text.split(/\s*,\s*/);
  if (commas.length >= 2 && isLocationPart(commas[commas.length - 1])) {
    const cityIdx = commas.length >= 3 && /^[A-Z]{2}$/.test(commas[commas.length - 1]) ? commas.length - 2 : commas.length - 1;
    return { company: commas.slice(0, cityIdx).join(', '), location: commas.slice(cityIdx).join(', ') };
  }
  if (commas.length >= 2 && commas.length <= 4) {
    // "Möller, Klapper und Melzer, Köln": a last single word after a company with a conjunction is its city.
    const last = commas[commas.length - 1];
    const rest = commas.slice(0, -1).join(', ');
    if (/^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}$/u.test(last) && (companyScore(rest) || commas.length >= 3) && !/\b(and|und|et|y|&)\b/.test(last)) return { company: rest, location: last };
  }
  return { company: text };
}

function assign(head: string[]): Parts {
  const out: Parts = {};
  const rest: string[] = [];
  for (const h of head) {
    const s = splitHeaderText(h);
    if (s.title && !out.title) {
      Object.assign(out, s);
      continue;
    }
    rest.push(h);
  }
  for (const h of rest) {
    if (!out.title && titleScore(h) && !companyScore(h)) out.title = h.replace(/[.,]$/, '');
    else if (!out.company) Object.assign(out, { ...companyAndPlace(h.replace(/[.]$/, '')), ...(out.location ? { location: out.location } : {}) });
    else if (!out.location && h.split(/\s+/).length <= 4 && !/\d{3,}/.test(h)) out.location = h.replace(/[.]$/, '');
    else if (!out.title) out.title = h;
  }
  return out;
}

export function toWork(e: RawEntry): WorkEntry {
  const p = assign(e.head.filter((h) => h.length > 1));
  const w: WorkEntry = {};
  if (p.title) w.title = p.title;
  if (p.company) w.company = p.company;
  if (p.location) w.location = p.location;
  if (e.range?.start) w.start_date = e.range.start;
  if (e.range?.end) w.end_date = e.range.end;
  if (e.range?.current) w.current = true;
  if (e.description.length) w.description = e.description.join('\n');
  if (e.bullets.length) w.highlights = e.bullets;
  return w;
}

export function parseWork(lines: DocLine[]): WorkEntry[] {
  return splitEntries(lines).map(toWork).filter((w) => w.title || w.company);
}
