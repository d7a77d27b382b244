/**
 * Dates as CVs write them, in English, German, French, Spanish, Italian, Dutch and Portuguese,
 * normalised to YYYY-MM or YYYY. Evidence: month names and abbreviations, numeric month/year
 * forms, range separators, "since" words and words for the present, all by their text only.
 */

const MONTHS: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'genn', 'gen', 'januari', 'janeiro']],
  [2, ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'fevr', 'febrero', 'febbraio', 'febr', 'februari', 'fevereiro', 'fev']],
  [3, ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'sett', 'setembro']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro']],
];
const MONTH_OF = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) MONTH_OF.set(name, n);

const MONTH_ALT = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const PRESENT_WORDS = ['present', 'current', 'currently', 'now', 'today', 'ongoing', 'date', 'heute', 'aktuell', 'jetzt', 'dato', 'gegenwart', 'laufend',
  "aujourd'hui", 'aujourd’hui', 'présent', 'actuel', 'actuelle', 'actuellement', 'en cours', 'maintenant', 'actualidad', 'presente', 'hoy', 'actual', 'la fecha',
  'oggi', 'attuale', 'in corso', 'heden', 'nu', 'huidig', 'atual', 'atualmente', 'hoje', 'o momento', 'momento'];
const PRESENT_ALT = PRESENT_WORDS.sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "['’]")).join('|');

const Y = '(?:19[5-9]\\d|20[0-4]\\d)';
const MONTH_NAME = `(?:${MONTH_ALT})\\.?`;
/** One date: "March 2019", "Mar. 2019", "03/2019", "3.2019", "2019-03", "2019/03", "2019". */
const DATE = `(?:${MONTH_NAME},?\\s*(?:'\\d{2}|${Y})|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${Y}|${Y}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])|${Y})`;
const SEP = '\\s*(?:[-–—‐‑−~]+|to|till|until|bis|à|au|ad|a|al|hasta|through|tot|até)\\s*';
const PRESENT = `(?:(?:bis\\s+|to\\s+|jusqu'à\\s+|até\\s+)?(?:${PRESENT_ALT}))`;
/** Words for "since": a date after one of these with no end is a current position. */
const SINCE_OPEN = 'since|seit|depuis|desde|dal|sinds|vanaf';
const SINCE = `(?:${SINCE_OPEN}|from|ab|von|de|da|van)`;

const RANGE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${SINCE}\\s+)?(${DATE})(?:(${SEP})(${DATE}|${PRESENT})?)?(?![\\p{L}\\d])`, 'giu');
const SINCE_RE = new RegExp(`^${SINCE}\\s`, 'i');
const OPEN_RE = new RegExp(`^(?:${SINCE_OPEN})`, 'i');
const PRESENT_RE = new RegExp(`^${PRESENT}$`, 'i');

/** Normalises one date expression, or undefined when it is none. */
export function normDate(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = new RegExp(`^(${MONTH_ALT})\\.?,? ?('\\d{2}|${Y})$`, 'i').exec(s);
  if (m) {
    const year = m[2].startsWith("'") ? `20${m[2].slice(1)}` : m[2];
    return `${year}-${String(MONTH_OF.get(m[1])).padStart(2, '0')}`;
  }
  m = new RegExp(`^(0?[1-9]|1[0-2]) ?[/.] ?(${Y})$`).exec(s);
  if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
  m = new RegExp(`^(${Y}) ?[-/.] ?(0[1-9]|1[0-2])$`).exec(s);
  if (m) return `${m[1]}-${m[2]}`;
  m = new RegExp(`^(${Y})$`).exec(s);
  return m ? m[1] : undefined;
}

export function isPresent(text: string): boolean {
  return PRESENT_RE.test(text.trim());
}

export interface DateRange {
  start?: string;
  end?: string;
  current?: boolean;
  /** Where the range was found in the text. */
  index: number;
  length: number;
}

/** All date ranges (or single dates) in a text, in order. */
export function findDateRanges(text: string): DateRange[] {
  const out: DateRange[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(text); m; m = RANGE_RE.exec(text)) {
    const start = normDate(m[1]);
    if (!start) continue;
    const since = SINCE_RE.test(m[0]);
    const second = m[3];
    const r: DateRange = { start, index: m.index, length: m[0].length };
    if (second && isPresent(second)) r.current = true;
    else if (second) r.end = normDate(second);
    else if (since && OPEN_RE.test(m[0])) r.current = true;
    // A lone separator word ("a", "de") after a bare date is not a range.
    if (!second && m[2] && /[\p{L}]/u.test(m[2])) r.length = m[0].length - m[2].length;
    out.push(r);
  }
  return out;
}

/** The first date range of a text, preferring a real range over a single date. */
export function firstDateRange(text: string): DateRange | undefined {
  const all = findDateRanges(text);
  return all.find((r) => r.end || r.current) ?? all[0];
}

// Built once: the layout asks this of every row of a page, and the month names make them long.
const DATE_MATERIAL_RE = new RegExp(`${MONTH_NAME}|${Y}|${PRESENT_ALT}|\\b\\d{1,2}[/.]|\\b\\d{1,2}\\b|[-–—‐/.,\\s]|\\b(since|seit|depuis|desde|dal|sinds|bis|to|a|à|al|au|hasta)\\b`, 'giu');
const MONTH_ONLY_RE = new RegExp(`^${MONTH_NAME}$`, 'iu');

/** Whether a short text is made of date material only (moderncv puts dates in a side column, split over lines). */
export function isDateFragment(text: string): boolean {
  const rest = text.toLowerCase().replace(DATE_MATERIAL_RE, '');
  const monthOnly = MONTH_ONLY_RE.test(text.trim());
  return rest.length === 0 && (monthOnly || /\d|present|heute|aujourd|actual|current|oggi|heden|atual|cours|corso|jetzt|aktuell|laufend|today|ongoing|maintenant/i.test(text));
}
