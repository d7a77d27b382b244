/**
 * Dates as CVs write them, normalised to YYYY-MM or YYYY. Evidence: month names, seasons and
 * present words (dateWords.ts), numeric forms ("03/2019", "2019-03", "01.03.2019"), a range's end
 * written with two digits after a full year ("2015–19") or both ends as month/two-digit year
 * ("10/12 – 09/17"), range separators and "since" words, all by their text only.
 */
import { MONTH_ALT, MONTH_OF, PRESENT_ALT, SEASON_ALT, SINCE, SINCE_OPEN } from './dateWords';

const Y = '(?:19[5-9]\\d|20[0-4]\\d)';
const MONTH_NAME = `(?:${MONTH_ALT})\\.?`;
/** A day before the month ("01.03.2019") or after a month name ("March 1, 2019") says no more than the month. */
const DAY_DOT = '(?:0?[1-9]|[12]\\d|3[01])\\.\\s?';
const NAME_DATE = `${MONTH_NAME}(?:\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,)?,?\\s*(?:(?:de|del)\\s+)?(?:'\\d{2}|${Y})`;
/** One date: "March 2019", "junio de 2019", "Summer 2019", "01.03.2019", "03/2019", "3.2019", "2019-03", "2019/03", "2019". */
const DATE = `(?:${DAY_DOT}(?:0?[1-9]|1[0-2])\\.\\s?${Y}|${NAME_DATE}|(?:${SEASON_ALT})\\s+${Y}(?:/\\d{2})?|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${Y}|${Y}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])|${Y})`;
const SEP = '\\s*(?:[-–—‐‑−~]+|to|till|until|bis|à|au|ad|a|al|hasta|through|tot|até)\\s*';
const PRESENT = `(?:(?:bis\\s+|to\\s+|jusqu'à\\s+|até\\s+|hasta\\s+)?(?:${PRESENT_ALT}))`;
/** A range's end year in two digits ("2015–19"), not read where a lower-case word follows ("2019 - 20 people"). */
const SHORT_END = '\\d{2}(?!\\s*[\\p{Ll}\\d])';

/** A date still to come: "expected 2024", "voraussichtlich 09/2025", "prévu juin 2025". */
const EXPECTED = '(?:expected|anticipated|voraussichtlich|vsl\\.|prévue?|prevista|previsto)\\s+';

const RANGE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${SINCE}\\s+|${EXPECTED})?(${DATE})(?:(${SEP})(?:${EXPECTED})?(${DATE}|${PRESENT}|${SHORT_END})?)?(?![\\p{L}\\d])`, 'giu');
/** "10/12 – 09/17": month and two-digit year at both ends of a range, never read alone. */
const SHORT_RANGE_RE = new RegExp(`(?<![\\p{L}\\d/.])(0?[1-9]|1[0-2])/(\\d{2})\\s*[-–—]\\s*(?:(0?[1-9]|1[0-2])/(\\d{2})|(${PRESENT}))(?![\\p{L}\\d/])`, 'giu');
const SINCE_RE = new RegExp(`^${SINCE}\\s`, 'i');
const OPEN_RE = new RegExp(`^(?:${SINCE_OPEN})`, 'i');
const PRESENT_RE = new RegExp(`^${PRESENT}$`, 'i');

const NAME_DATE_RE = new RegExp(`^(${MONTH_ALT})\\.?(?: (?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,)?,? ?(?:(?:de|del) )?('\\d{2}|${Y})$`, 'i');
const DAY_DATE_RE = new RegExp(`^(?:0?[1-9]|[12]\\d|3[01])\\. ?(0?[1-9]|1[0-2])\\. ?(${Y})$`);
const SEASON_DATE_RE = new RegExp(`^(?:${SEASON_ALT}) (${Y})(?:/\\d{2})?$`, 'i');

/** "'19" or "19" after a full year: the century that keeps it within the years CVs name. */
function fullYear(yy: string): string {
  return `${Number(yy) > 50 ? 19 : 20}${yy}`;
}

/** Normalises one date expression, or undefined when it is none. */
export function normDate(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = NAME_DATE_RE.exec(s);
  if (m) {
    const year = m[2].startsWith("'") ? fullYear(m[2].slice(1)) : m[2];
    return `${year}-${String(MONTH_OF.get(m[1])).padStart(2, '0')}`;
  }
  m = DAY_DATE_RE.exec(s) ?? new RegExp(`^(0?[1-9]|1[0-2]) ?[/.] ?(${Y})$`).exec(s);
  if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
  m = new RegExp(`^(${Y}) ?[-/.] ?(0[1-9]|1[0-2])$`).exec(s);
  if (m) return `${m[1]}-${m[2]}`;
  m = SEASON_DATE_RE.exec(s) ?? new RegExp(`^(${Y})$`).exec(s);
  return m ? m[1] : undefined;
}

/** The end of "2015–19": a later year of the same decade or the next, not "2019 - 20 people". */
function shortEnd(start: string, yy: string, after: string): string | undefined {
  if (!/^\d{4}$/.test(start) || /^\s*\p{Ll}/u.test(after)) return undefined;
  const end = `${start.slice(0, 2)}${yy}`;
  return Number(end) > Number(start) && Number(end) - Number(start) <= 12 ? end : undefined;
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

/** "10/12 – 09/17" and "10/12 – today". */
function shortRanges(text: string): DateRange[] {
  const out: DateRange[] = [];
  SHORT_RANGE_RE.lastIndex = 0;
  for (let m = SHORT_RANGE_RE.exec(text); m; m = SHORT_RANGE_RE.exec(text)) {
    const r: DateRange = { start: `${fullYear(m[2])}-${m[1].padStart(2, '0')}`, index: m.index, length: m[0].length };
    if (m[5]) r.current = true;
    else r.end = `${fullYear(m[4])}-${m[3].padStart(2, '0')}`;
    if (!r.end || r.end >= (r.start ?? '')) out.push(r);
  }
  return out;
}

/** All date ranges (or single dates) in a text, in order. */
export function findDateRanges(text: string): DateRange[] {
  const out: DateRange[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(text); m; m = RANGE_RE.exec(text)) {
    const start = normDate(m[1]);
    if (!start) continue;
    const since = SINCE_RE.test(m[0]);
    let second: string | undefined = m[3];
    const r: DateRange = { start, index: m.index, length: m[0].length };
    if (second && /^\d{2}$/.test(second)) {
      r.end = shortEnd(start, second, text.slice(m.index + m[0].length));
      if (!r.end) {
        second = undefined;
        r.length = m[0].length - m[2].length - m[3].length;
      }
    } else if (second && isPresent(second)) r.current = true;
    else if (second) r.end = normDate(second);
    if (!second && since && OPEN_RE.test(m[0])) r.current = true;
    // A lone separator word ("a", "de") after a bare date is not a range.
    if (!second && m[2] && /[\p{L}]/u.test(m[2]) && !m[3]) r.length = m[0].length - m[2].length;
    out.push(r);
  }
  const short = shortRanges(text).filter((s) => !out.some((r) => r.index < s.index + s.length && s.index < r.index + r.length));
  return short.length ? [...out, ...short].sort((x, y) => x.index - y.index) : out;
}

/** The first date range of a text, preferring a real range over a single date. */
export function firstDateRange(text: string): DateRange | undefined {
  const all = findDateRanges(text);
  return all.find((r) => r.end || r.current) ?? all[0];
}

// Built once: the layout asks this of every row of a page, and the month names make them long.
const DATE_MATERIAL_RE = new RegExp(`${MONTH_NAME}|${Y}|${PRESENT_ALT}|\\b\\d{1,2}[/.]|\\b\\d{1,2}\\b|[-–—‐/.,\\s]|(?<![\\p{L}])(?:${SEASON_ALT})(?![\\p{L}])|\\b(since|seit|depuis|desde|dal|sinds|ab|bis|to|a|à|al|au|ad|de|del|hasta)\\b`, 'giu');
const MONTH_ONLY_RE = new RegExp(`^${MONTH_NAME}$`, 'iu');

/** Whether a short text is made of date material only (moderncv puts dates in a side column, split over lines). */
export function isDateFragment(text: string): boolean {
  const rest = text.toLowerCase().replace(DATE_MATERIAL_RE, '');
  const monthOnly = MONTH_ONLY_RE.test(text.trim());
  return rest.length === 0 && (monthOnly || /\d|present|heute|aujourd|actual|current|oggi|heden|atual|cours|corso|jetzt|aktuell|laufend|today|ongoing|maintenant|actualmente|attualmente|ce jour|fecha/i.test(text));
}
