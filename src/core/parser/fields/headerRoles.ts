/**
 * Which part of a work entry's header is the job title and which the company. Evidence: job-title
 * words against legal forms, trade words and joined surnames (words.ts), "at"/"bei"/"chez"/"presso",
 * the separators between the parts (|, ·, —, -, commas, a colon), place words (places.ts) and a short
 * capitalised name before a country or in brackets after a company (its city), and the order the
 * other entries of the same section show: the entries of one section share one layout, so an entry
 * without telling words takes the order its siblings show.
 */
import { countryCode, isPlaceWord } from './places';
import { companyStrength, titleScore } from './words';

export interface Parts {
  title?: string;
  company?: string;
  location?: string;
}

/** Title before company (1), company before title (-1), or not told by the entry's words (0). */
export type Lean = number;

/** One entry's header as two ordered units; `title-first` and `company-first` read it both ways. */
export interface HeaderPlan {
  kind: 'inline' | 'lines' | 'single';
  lean: Lean;
  read: (titleFirst: boolean) => Parts;
}

const REMOTE = /^(remote|hybrid|homeoffice|home office|télétravail|remoto)$/i;
const AT_RE = /^(.+?)\s+(?:at|@|bei(?:\s+der|\s+dem)?|chez|au sein d(?:e|e la|u|['’])|presso|en)\s+(.+)$/i;
/** Words that put a title before its company whatever the words of either: "Chief Yak Shaver at Initech". */
const STRONG_AT = /^(?:at|@|bei|chez|au sein|presso)$/i;
const SEP_RE = /(\s+[|·•—–]\s+|\s+-\s+|,\s+|(?<=\p{L}):\s+)/u;
const PLACE_RE = /^\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|de|del|di|la|le|les|sur|am|an|im|upon|on|en))*$/u;
const KEEP_DOT = /(?:\p{L}\.\p{L}{1,3}\.|(?<![\p{L}])(?:inc|ltd|co|corp|bros)\.)$/iu;
const CONJUNCTION_END = /\s(and|und|et|y|e|&)$/u;
const WEB_RE = /^\S+\.[a-z]{2,}(\/\S*)?$|@/i;
const CONJUNCTION = /(?<![\p{L}])(and|und|et|y|e|&)(?![\p{L}])/u;

/** "Acme GmbH (Berlin)", "Acme GmbH (Berlin, Germany)". */
const PARENS_PLACE = /^(.+?)\s*\(([^()]+)\)$/;

/** A short capitalised name with no company or title word: a city. */
function isCity(p: string): boolean {
  return p.split(/\s+/).length <= 3 && PLACE_RE.test(p) && !CONJUNCTION.test(p) && !companyStrength(p) && !titleScore(p);
}

/** A city, a country or state, or a city followed by one: "Berlin", "Lyon, France", "Austin, TX". */
function isPlaceText(p: string): boolean {
  const parts = p.split(/\s*,\s*/);
  return parts.length <= 2 && (parts.length === 1 ? isCity(p) || isLocationPart(p) : isCity(parts[0]) && (isLocationPart(parts[1]) || isCity(parts[1])));
}

/** A cell of its own holding "Berlin, Germany" or "Austin, TX"; not "Holm Analytics, Berlin", where a state is also a city. */
function isCityAndCountry(p: string): boolean {
  const parts = p.split(/\s*,\s*/);
  return parts.length === 2 && isCity(parts[0]) && (!!countryCode(parts[1]) || /^[A-Z]{2}$/.test(parts[1]));
}

export function isLocationPart(p: string): boolean {
  const t = p.trim();
  return REMOTE.test(t) || /^[A-Z]{2}$/.test(t) || isPlaceWord(t);
}

/** Positive when a text reads more as a job title than as a company. */
export function titleLean(s: string): number {
  return titleScore(s) * 2 - companyStrength(s);
}

function clean(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '');
  // The full stop of "S.A.", "s.r.l." or "Inc." belongs to the name; one that ends a line does not.
  return KEEP_DOT.test(t) ? t : t.replace(/\.$/, '');
}

/**
 * "Legros and Sons, Bernadineville, NV" → company and location. `known` says the text is the
 * company part already, so a last short capitalised part with no conjunction is its place.
 */
export function companyAndPlace(text: string, known = false): Parts {
  const parts = text.split(/\s*[|]\s*/);
  if (parts.length === 2) return { company: parts[0], location: parts[1] };
  const inParens = PARENS_PLACE.exec(text);
  if (inParens && (known || companyStrength(inParens[1])) && isPlaceText(inParens[2])) return { company: inParens[1], location: inParens[2] };
  const dashed = text.split(/\s+[–—-]\s+/);
  if (dashed.length === 2 && companyStrength(dashed[0]) && isPlaceText(dashed[1])) return { company: dashed[0], location: dashed[1] };
  const commas = text.split(/\s*,\s*/);
  if (commas.length >= 2 && isLocationPart(commas[commas.length - 1])) {
    // "Acme GmbH, Berlin, Germany": the short name before a country or state code is its city.
    const city = commas[commas.length - 2];
    const cityIdx = commas.length >= 3 && isCity(city) ? commas.length - 2 : commas.length - 1;
    return { company: commas.slice(0, cityIdx).join(', '), location: commas.slice(cityIdx).join(', ') };
  }
  if (commas.length >= 2 && commas.length <= 4) {
    // "Möller, Klapper und Melzer, Köln": a last short name after a company is its city.
    const last = commas[commas.length - 1];
    const rest = commas.slice(0, -1).join(', ');
    const short = last.split(/\s+/).length <= 4 && PLACE_RE.test(last);
    if (short && (known || companyStrength(rest) > 0 || commas.length >= 3) && !CONJUNCTION.test(last) && !companyStrength(last) && !titleScore(last)) return { company: rest, location: last };
  }
  return { company: text };
}

function inline(text: string): HeaderPlan | undefined {
  const t = clean(text);
  const at = AT_RE.exec(t);
  const strong = at && STRONG_AT.test(t.slice(at[1].length).trim().split(/\s+/)[0]) && /^\p{Lu}/u.test(at[2]) && !titleScore(at[2]);
  if (at && (titleScore(at[1]) || strong)) return { kind: 'inline', lean: 1, read: () => ({ title: at[1], ...companyAndPlace(at[2]) }) };
  const bits = t.split(SEP_RE);
  const parts = bits.filter((_, i) => i % 2 === 0);
  if (parts.length < 2) return undefined;
  let location: string | undefined;
  // A trailing place word is neither title nor company: "Title, Company, Berlin".
  if (parts.length >= 3 && isLocationPart(parts[parts.length - 1])) {
    location = parts[parts.length - 1];
    bits.splice(-2);
    parts.pop();
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lean = Math.sign(titleLean(first) - titleLean(last));
  // Only a part with a job-title word tells the order; "Company, Place" alone tells nothing.
  const told = titleScore(lean > 0 ? first : last) ? lean : 0;
  const withPlace = (p: Parts): Parts => (location && !p.location ? { ...p, location } : p);
  return {
    kind: 'inline',
    lean: told,
    read: (titleFirst) => withPlace(titleFirst
      ? { title: first, ...companyAndPlace(bits.slice(2).join(''), true) }
      : { title: last, ...companyAndPlace(bits.slice(0, -2).join(''), true) }),
  };
}

/**
 * The line under a "Title, Company" line: the rest of a company name cut by a narrow column
 * ("Congiu, D'Orazio e" / "Brunelli Group") when the company part ends in a conjunction or only
 * the next line has a legal form; else, when short, the place.
 */
function withNext(p: Parts, next: string): Parts {
  const c = p.company ?? '';
  if (c && (CONJUNCTION_END.test(c) || (!companyStrength(c) && companyStrength(next) && !titleScore(next)))) return { ...p, ...companyAndPlace(`${c} ${next}`, true) };
  return next.split(/\s+/).length <= 4 ? { location: next, ...p } : p;
}

/** Plans how to read one entry's header texts (title, company and place lines or cells). */
export function planHeader(head: string[]): HeaderPlan | undefined {
  const places = head.filter((h) => isLocationPart(h) || isCityAndCountry(h));
  // A web address or e-mail from a side column is no part of the header.
  const texts = head.filter((h) => !places.includes(h) && !WEB_RE.test(h)).map(clean).filter(Boolean);
  const location = places[0];
  const withPlace = (p: Parts): Parts => (location && !p.location ? { ...p, location } : p);
  if (!texts.length) return undefined;
  const own = inline(texts[0]);
  if (texts.length === 1) {
    if (own) return { ...own, read: (f) => withPlace(own.read(f)) };
    const only = texts[0];
    return { kind: 'single', lean: 0, read: () => withPlace(titleLean(only) > 0 ? { title: only } : companyAndPlace(only)) };
  }
  const [a, b] = texts;
  const extra = texts.slice(2).find((h) => h.split(/\s+/).length <= 4 && !/\d{3,}/.test(h));
  const lean = Math.sign(titleLean(a) - titleLean(b));
  // "Title at Company" on the first line and its place on the next.
  if (own?.lean) return { ...own, read: (f) => withNext(own.read(f), b) };
  const tail = (p: Parts): Parts => withPlace(extra && !p.location ? { ...p, location: extra } : p);
  // "Pied Piper" / "Awesome compression company" / "CEO": the one line with a title word is the title.
  const leans = texts.map(titleLean);
  const top = Math.max(...leans);
  const ti = top > 0 && leans.filter((l) => l === top).length === 1 ? leans.indexOf(top) : -1;
  if (ti >= 2) return { kind: 'lines', lean: -1, read: () => withPlace({ title: texts[ti], ...companyAndPlace(a, true) }) };
  return {
    kind: 'lines',
    lean,
    read: (titleFirst) => tail(titleFirst ? { title: a, ...companyAndPlace(b, true) } : { title: b, ...companyAndPlace(a, true) }),
  };
}

/** Reads every entry of a section, taking the order its telling entries agree on for the others. */
export function readHeaders(plans: (HeaderPlan | undefined)[]): Parts[] {
  const vote = (kind: HeaderPlan['kind']): boolean => plans.reduce((n, p) => n + (p?.kind === kind ? p.lean : 0), 0) >= 0;
  const order = { inline: vote('inline'), lines: vote('lines'), single: true };
  return plans.map((p) => (p ? p.read(p.lean ? p.lean > 0 : order[p.kind]) : {}));
}

/** One header text read on its own: "Title at Company", "Title | Company", "Company, Title" … */
export function splitHeaderText(text: string): Parts {
  const p = inline(text);
  return p?.lean ? p.read(p.lean > 0) : {};
}
