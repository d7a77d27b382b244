/**
 * Splits a work or education section into entries. Evidence: date ranges in a line, a cell or a
 * date column (entryLines.ts joins what wrapped), header lines above the first date, bullets.
 */
import type { DocLine } from '../document';
import type { DateRange } from './dates';
import { dateOnly, headCells, isProse, type Prepared, rangeOf } from './entryItem';
import { prepareLines } from './entryLines';

/** One dated block of a work or education section. */
export interface RawEntry {
  /** Header texts (title, company, school, degree lines) with the dates cut out, cell by cell. */
  head: string[];
  range?: DateRange;
  bullets: string[];
  description: string[];
}

/**
 * Splits a section into entries around their dates. The number of header lines above the
 * first date tells where each later entry begins.
 */
export function splitEntries(lines: DocLine[]): RawEntry[] {
  const items = prepareLines(lines);
  const dated = items.map((p) => (p.kind !== 'bullet' ? rangeOf(p) : undefined));
  const firstDated = dated.findIndex(Boolean);
  if (firstDated < 0) return splitUndated(items);
  let before = 0;
  for (let i = firstDated - 1; i >= 0 && items[i].kind === 'head'; i--) before++;
  before = Math.min(before, 3);
  // A date alone on its line closes the header above it, unless the section puts its dates first.
  const dateFirst = firstDated === 0 && dateOnly(items[0]);
  // Entry starts: for each dated line, step back over up to `before` header lines.
  const starts: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!dated[i]) continue;
    // Header lines right after the previous entry's bullets belong to this entry, whatever the first one did.
    let run = 0;
    while (run < 3 && i - run - 1 >= 0 && items[i - run - 1].kind === 'head' && !dated[i - run - 1]) run++;
    const afterBody = i - run - 1 < 0 ? starts.length === 0 : items[i - run - 1].kind !== 'head';
    const s = i - (afterBody && starts.length ? run : Math.max(Math.min(run, before), !dateFirst && run && dateOnly(items[i]) ? 1 : 0));
    if (starts.length && s <= starts[starts.length - 1]) continue;
    starts.push(s);
  }
  if (starts[0] > 0 && starts[0] <= 3) starts[0] = 0;
  return starts.map((s, k) => toEntry(items.slice(s, starts[k + 1] ?? items.length)));
}

function toEntry(block: Prepared[]): RawEntry {
  const e: RawEntry = { head: [], bullets: [], description: [] };
  let headDone = false;
  for (const p of block) {
    const r = p.kind !== 'bullet' ? rangeOf(p) : undefined;
    if (r && !e.range) e.range = r;
    if (p.kind === 'bullet') {
      e.bullets.push(p.line.text.replace(/\t/g, ' '));
      headDone = true;
    } else if (headDone && e.bullets.length && /^\p{Ll}/u.test(p.line.text) && p.kind !== 'head') {
      e.bullets[e.bullets.length - 1] += ` ${p.line.text.replace(/\t/g, ' ')}`;
    } else if (p.kind === 'text' || headDone) {
      const cells = headCells(p, e.range);
      if (p.kind === 'head' && !headDone) e.head.push(...cells);
      else if (cells.length) e.description.push(cells.join(' '));
    } else {
      const cells = headCells(p, r ?? e.range);
      // Prose beside the header (a description in a right-hand cell) is not header text.
      for (const c of cells) (isProse(c) ? e.description : e.head).push(c);
    }
  }
  return e;
}

function splitUndated(items: Prepared[]): RawEntry[] {
  const out: RawEntry[] = [];
  let cur: Prepared[] = [];
  for (const p of items) {
    if (p.kind === 'head' && cur.some((c) => c.kind !== 'head') || (p.line.gapAbove > 1.6 && cur.length)) {
      out.push(toEntry(cur));
      cur = [];
    }
    cur.push(p);
  }
  if (cur.length) out.push(toEntry(cur));
  return out;
}
