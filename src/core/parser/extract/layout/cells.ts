/**
 * Splits a row of text runs into cells and words, from geometry alone.
 *
 * Evidence used:
 * - a horizontal gap wider than about half the type size is a cell border; a smaller one a space;
 * - justified text (mostly one-word runs) has wide even gaps that are still spaces;
 * - small capitals: a larger capital and smaller letters with (almost) no gap between them are one
 *   word ("C" + "ONTACT", or "C" + "ontact" where the file gives the small capitals' text), and
 *   the two sizes a word space apart are one heading; punctuation and digits beside them keep the
 *   larger size ("A" + "pr" + ". 2023") and stay in the same cell;
 * - letter-spacing: runs of single glyphs separated by single spaces (three or more, or two beside
 *   such a run) are one word with the spacing removed ("T O  P R E S E N T" → "TO PRESENT"),
 *   and the wider word gaps between such runs are spaces, not cell borders;
 * - glyphs placed one by one: the row's usual gap between single-glyph runs is its letter-spacing,
 *   and only a gap clearly wider than that (by 0.15 of the type size) is a word space.
 */
import type { PdfItem } from './rows';

/** Rows in which small capitals or letter-spaced runs were joined, for the layout notes. */
export interface CellStats {
  smallCaps: number;
  letterSpaced: number;
}

/**
 * A run of three or more glyphs (letters, digits or marks: "0 9 / 2 0 1 6") with single spaces
 * between them; a kerned pair ("AT") may come out as one token, so a run of four or more may hold
 * a few two-glyph tokens (never mostly pairs, as "06 12 34 56 78" is).
 */
const SPACED_RUN = /(?<!\S)\S{1,2}(?: \S{1,2}){2,}(?!\S)/gu;

function isSpacedRun(m: string): boolean {
  const tokens = m.split(' ');
  const pairs = tokens.filter((t) => [...t].length === 2).length;
  return pairs === 0 || (tokens.length >= 4 && pairs * 4 <= tokens.length);
}
const SPACED_PAIR = /^\s*[\p{L}\p{N}] [\p{L}\p{N}]\s*$/u;

function isJustified(items: PdfItem[]): boolean {
  const single = items.filter((i) => !/\s/.test(i.str.trim())).length;
  return items.length >= 4 && single / items.length >= 0.7;
}

function isCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Synthesized small capitals shrink letters only: the punctuation, digits and spaces of the same
 * word or line keep the full size ("A" "pr" ". 2023", "A" "ujourd" "’" "hui").
 */
function isMarks(s: string): boolean {
  return /^[\s\p{P}\p{N}]/u.test(s) && !/\p{Ll}/u.test(s);
}

/** The runs' text with letter-spacing removed, and which runs were letter-spaced. */
function unspace(items: PdfItem[]): { strs: string[]; spaced: boolean[] } {
  const long = items.map((i) => (i.str.match(SPACED_RUN) ?? []).some(isSpacedRun));
  const spaced = items.map((it, k) => long[k] || (SPACED_PAIR.test(it.str) && (long[k - 1] === true || long[k + 1] === true)));
  const strs = items.map((it, k) => {
    if (!spaced[k]) return it.str;
    const s = it.str.replace(SPACED_RUN, (m) => (isSpacedRun(m) ? m.replace(/ /g, '') : m));
    return SPACED_PAIR.test(s) ? s.replace(/ /g, '') : s;
  });
  return { strs, spaced };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * The usual gap between neighbouring single-glyph runs of a row (glyphs placed one by one, as
 * for small capitals or letter-spacing); undefined when the row has too few such pairs to tell.
 */
function letterGap(items: PdfItem[], single: boolean[]): number | undefined {
  const gaps: number[] = [];
  for (let k = 1; k < items.length; k++) if (single[k] && single[k - 1]) gaps.push(items[k].x - (items[k - 1].x + items[k - 1].w));
  return gaps.length >= 2 ? Math.max(0, median(gaps)) : undefined;
}

/** Splits a row into cells where the horizontal gap is wider than a word space or the type size jumps. */
export function rowCells(items: PdfItem[], stats?: CellStats): string[] {
  const cells: string[] = [];
  const { strs, spaced } = unspace(items);
  const single = strs.map((t) => [...t.trim()].length === 1);
  const tracking = letterGap(items, single);
  const tracked = tracking !== undefined && tracking > 0.05 * median(items.map((i) => i.size));
  if (stats && (tracked || spaced.some(Boolean))) stats.letterSpaced++;
  let cur = '';
  let joinedCaps = false;
  let end = -Infinity;
  const wide = isJustified(items) ? 1.6 : 0.55;
  items.forEach((it, k) => {
    const prev = k > 0 ? items[k - 1] : undefined;
    const str = strs[k];
    const gap = it.x - end;
    const size = Math.max(it.size, 1);
    const small = prev ? Math.max(Math.min(it.size, prev.size), 1) : size;
    const jump = prev !== undefined && Math.max(it.size, prev.size) / small > 1.25;
    const [big, little] = prev !== undefined && prev.size > it.size ? [strs[k - 1], str] : [str, strs[k - 1] ?? ''];
    const smallCaps = jump && gap > -0.2 * small && gap <= 0.6 * small && (isCapitals(big) || isMarks(big)) && /^[\p{L}\s]+$/u.test(little);
    joinedCaps ||= smallCaps;
    const spacedGap = spaced[k] && spaced[k - 1] === true && gap <= 2 * size;
    // Between glyphs set one by one, the row's usual glyph gap is the letter-spacing, not a space.
    const glyphs = tracking !== undefined && single[k] && single[k - 1] === true ? tracking : 0;
    // Overlapping runs are separate text objects (clipped cells of a grid), not one word.
    if (cur && !smallCaps && !spacedGap && (gap > wide * size + glyphs || gap < -0.2 * size || jump)) {
      cells.push(cur);
      cur = str;
    } else if (cur && gap > (glyphs ? glyphs + 0.15 * small : 0.12 * small) && !cur.endsWith(' ') && !str.startsWith(' ')) cur += ` ${str}`;
    else cur += str;
    end = it.x + it.w;
  });
  if (cur) cells.push(cur);
  if (stats && joinedCaps) stats.smallCaps++;
  return cells;
}
