/**
 * The contact block. Evidence: e-mail, phone and web address patterns; the name as the largest line
 * near the top; a location by its place words, a postcode, a label or a comma, joined with the line
 * above when a narrow column wrapped it (never with the line that holds the name).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Contact } from '../../parsedCv';
import type { DocLine } from '../document';
import { placeBesideContact } from './contactPlace';
import { headingKind } from './headings';
import { isPlaceWord, regionOf } from './places';
import { classifyUrls, findUrls, splitLinks, squeezeText } from './urls';
import { companyScore, schoolScore, titleScore } from './words';

const EMAIL_RE = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,24}/gi;

/** Joins an e-mail address that a narrow column wrapped ("jane.doe@exam" + "ple.org"). */
export function findEmail(lines: DocLine[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    const at = t.indexOf('@');
    if (at < 0) continue;
    const nextLine = lines[i + 1];
    const next = nextLine && nextLine.gapAbove < 1.5 ? nextLine.text : '';
    const fragment = next.includes('.') || t.endsWith('.') || /^[a-z]{1,3}$/.test(next);
    const wrapped = /[a-z0-9.-]$/i.test(t) && /^[a-z0-9.-]{1,14}$/.test(next) && !/\s/.test(t.slice(at)) && fragment;
    const joined = wrapped ? t + next : t;
    const m = joined.match(EMAIL_RE);
    if (m) return m[0].toLowerCase().replace(/^mailto:/, '');
  }
  return undefined;
}

const PHONE_RE = /(?:\+|00)?\(?\d[\d\s()./–-]{5,20}\d/g;

function looksLikeDates(s: string): boolean {
  return /^\s*(?:\d{1,2}[/.])?(19|20)\d{2}\s*[–-]\s*(?:\d{1,2}[/.])?(19|20)\d{2}\s*$/.test(s) || /^(19|20)\d{2}\s*[-/.]\s*\d{2}(\s*[–-].*)?$/.test(s.trim());
}

export interface PhoneResult {
  phone?: string;
  phone_e164?: string;
}

export function findPhone(texts: string[], region?: string, validOnly = false): PhoneResult {
  for (const text of texts) {
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
      const raw = m[0].trim();
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15 || looksLikeDates(raw)) continue;
      const parsed = parsePhoneNumberFromString(raw, (region as CountryCode | undefined) ?? undefined);
      const international = raw.startsWith('+') || raw.startsWith('00');
      if (!parsed && !international && digits.length < 9) continue;
      if (validOnly && !parsed?.isValid()) continue;
      return { phone: raw, ...(parsed?.isValid() ? { phone_e164: parsed.number } : {}) };
    }
  }
  return {};
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:von|van|der|den|de|da|di|du|del|la|le|zu|y|bin|al|ter)|\p{Lu}\.)$/u;

/** Whether a text reads as a person's name: 2-5 capitalised words of letters. */
export function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || s.length > 50) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  // First names can be places ("Montana", "Georgia"); a line of places only is an address.
  return !titleScore(s) && !headingKind(s) && !companyScore(s) && !schoolScore(s) && !isPlaceWord(s) && !words.every((w) => isPlaceWord(w));
}

function nameCandidates(line: DocLine): string[] {
  const out: string[] = [];
  for (const cell of line.cells) {
    const parts = cell.split(/\s*[,|·•–—]\s*|\s+-\s+/);
    out.push(cell, parts[0]);
  }
  return out.map((s) => s.replace(/^(name|nom|nombre)\s*:\s*/i, '').trim());
}

/** Picks the name among the first lines: big type first, then position. */
export function findName(lines: DocLine[], bodySize: number): string | undefined {
  const top = lines.slice(0, 25);
  let best: { name: string; score: number } | undefined;
  top.forEach((l, i) => {
    let cands = nameCandidates(l);
    // A name set large over two lines ("Danilo" / "Koszewski").
    const next = top[i + 1];
    if (next && l.cells.length === 1 && next.cells.length === 1 && Math.abs(next.size - l.size) < 0.5 && l.size > bodySize * 1.3 && /^\p{Lu}\S+$/u.test(l.text)) {
      cands = [`${l.text} ${next.text}`, ...cands];
    }
    for (const c of cands) {
      if (!looksLikeName(c)) continue;
      const score = (l.size > bodySize * 1.25 ? 3 : 0) + (l.heading || l.bold ? 1 : 0) + l.size / Math.max(bodySize, 1) - i * 0.15 + (c === l.text ? 0.5 : 0);
      if (!best || score > best.score) best = { name: c, score };
    }
  });
  return best?.name;
}

function locationScore(s: string): number {
  if (/@|https?:|www\.|\d{5,}.*\d|[|]/.test(s) || s.length > 60) return -1;
  const parts = [...s.split(/\s*,\s*|\s+/), ...s.split(/\s*,\s*/)].filter(Boolean);
  let score = 0;
  if (/,/.test(s)) score += 1;
  if (parts.some((p) => isPlaceWord(p)) || /\((DE|AT|CH|FR|ES|US|UK|GB)\)/.test(s)) score += 3;
  if (/\b\d{4,5}\s+\p{Lu}/u.test(s)) score += 3;
  if (/^(location|address|adresse|wohnort|ort|dirección|ubicación)\s*:/i.test(s)) score += 4;
  if (titleScore(s) || companyScore(s) || schoolScore(s) || headingKind(s)) score -= 5;
  if (/\d/.test(s.replace(/\b\d{4,5}\s+\p{Lu}/u, ''))) score -= 3;
  if (!/^\p{Lu}/u.test(s.replace(/^[^:]*:\s*/, ''))) score -= 2;
  return score;
}

function addressLike(l: DocLine | undefined, name?: string): boolean {
  // the line with the person's name ("Jane Doe | Data Analyst") is never the first half of an address
  if (!l || l.cells.length !== 1 || l.text.length > 40 || (name && l.text.includes(name))) return false;
  return locationScore(l.text) >= -1 && !/@|https?:|www\./.test(l.text) && !/^\+?[\d\s()./-]{7,}$/.test(l.text);
}

/** The location among the contact lines: a city with a country or state, a postcode, or a labelled address. */
export function findLocation(lines: DocLine[], name?: string): string | undefined {
  let best: { text: string; score: number } | undefined;
  lines.forEach((l, i) => {
    for (const cell of l.cells.flatMap((c) => c.split(/\s+[|·•]\s+/))) {
      if (name && cell.includes(name)) continue;
      let text = cell.replace(/^(location|address|adresse|wohnort|ort|dirección|ubicación)\s*:\s*/i, '').trim();
      const score = locationScore(cell);
      if (score < 3) continue;
      // An address wrapped over a narrow column: "Fort Brannonborough" / "Arkansas US".
      if (l.cells.length === 1) {
        for (let k = i - 1, n = 0; n < 2 && addressLike(lines[k], name) && lines[k + 1].gapAbove < 1.3; k--, n++) {
          const upper = lines[k].text;
          const startsPlace = isPlaceWord(text.split(/[\s,]+/)[0]) || /^\d{4,5}\b/.test(text);
          text = `${upper}${startsPlace ? ', ' : ' '}${text}`;
        }
      }
      if (!best || score > best.score) best = { text, score };
    }
  });
  return best?.text;
}

function tidyPlace(s: string | undefined): string | undefined {
  return s?.replace(/,(\s*,)+/g, ',').replace(/[\s·|•,]+$/, '') || undefined;
}

export function findContact(head: DocLine[], all: DocLine[], links: string[], bodySize: number, defaultRegion?: string): Contact {
  const c: Contact = {};
  const name = findName(all, bodySize);
  if (name) c.name = name;
  const email = findEmail(head) ?? findEmail(all);
  if (email) c.email = email;
  const location = tidyPlace(findLocation(head, name) ?? placeBesideContact(all, name));
  if (location) c.location = location;
  const region = (location && regionOf(location)) ?? defaultRegion;
  const headPhone = findPhone(head.map((l) => l.text), region);
  const phone = headPhone.phone ? headPhone : findPhone(all.map((l) => l.text), region, true);
  Object.assign(c, phone);
  const domains = new Set(email ? [email.split('@')[1]] : []);
  // The tail of a wrapped e-mail address ("e.com") is not a website.
  const urlsIn = (ls: DocLine[]): string[] => findUrls(ls.map((l) => l.text).join('\n')).filter((u) => !(email && email.endsWith(u.toLowerCase())));
  // A link counts only when its address is printed; one behind an icon is kept apart.
  const { shown, hidden } = splitLinks(links, squeezeText(all.map((l) => l.text).join('')));
  // Profiles may sit anywhere; a personal website is one given with the contact details.
  const { linkedin, github } = classifyUrls([...shown, ...urlsIn(all)], [], domains);
  const headText = squeezeText(head.map((l) => l.text).join(''));
  const { website } = classifyUrls([...shown.filter((u) => headText.includes(u.toLowerCase())), ...urlsIn(head)], [], domains);
  Object.assign(c, linkedin ? { linkedin } : {}, github ? { github } : {}, website ? { website } : {});
  if (hidden.length) c.hidden_links = hidden;
  return c;
}
