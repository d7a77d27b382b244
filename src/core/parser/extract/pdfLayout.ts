import { type DocLine, makeLine } from '../document';
import { isDateFragment } from '../fields/dates';

/** One text run from the PDF, in points with y growing downwards (baseline). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  font: string;
}

interface Row {
  items: PdfItem[];
  y: number;
  size: number;
}

/** Groups items that share a baseline into rows, top to bottom, each sorted left to right. */
export function buildRows(items: PdfItem[]): Row[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const last = rows[rows.length - 1];
    // Superscripts and small dates beside a title sit a little off the baseline.
    if (last && Math.abs(it.y - last.y) <= Math.max(2, 0.35 * Math.min(it.size, last.size))) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else rows.push({ items: [it], y: it.y, size: it.size });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows;
}

/**
 * Justified text spreads single words with wide, even gaps; those are spaces, not cell borders.
 */
function isJustified(items: PdfItem[]): boolean {
  const single = items.filter((i) => !/\s/.test(i.str.trim())).length;
  return items.length >= 4 && single / items.length >= 0.7;
}

/** Splits a row into cells where the horizontal gap is wider than a word space or the type size jumps. */
function rowCells(items: PdfItem[]): string[] {
  const cells: string[] = [];
  let cur = '';
  let end = -Infinity;
  let prev: PdfItem | undefined;
  const wide = isJustified(items) ? 1.6 : 0.55;
  for (const it of items) {
    const gap = it.x - end;
    const size = Math.max(it.size, 1);
    const jump = prev !== undefined && Math.max(it.size, prev.size) / Math.max(Math.min(it.size, prev.size), 0.1) > 1.25;
    // Overlapping runs are separate text objects (clipped cells of a grid), not one word.
    if (cur && (gap > wide * size || gap < -0.2 * size || jump)) {
      cells.push(cur);
      cur = it.str;
    } else if (cur && gap > 0.12 * size && !cur.endsWith(' ') && !it.str.startsWith(' ')) cur += ` ${it.str}`;
    else cur += it.str;
    end = it.x + it.w;
    prev = it;
  }
  if (cur) cells.push(cur);
  return cells;
}

export interface LayoutResult {
  lines: DocLine[];
  twoColumn: boolean;
}

/** Finds an empty vertical strip that splits the page into two text flows (a sidebar layout). */
export function findGutter(rows: Row[], pageWidth: number): number | undefined {
  const items = rows.flatMap((r) => r.items.filter((i) => i.str.trim()));
  if (items.length < 12) return undefined;
  const step = 2;
  const lo = pageWidth * 0.18;
  const hi = pageWidth * 0.82;
  const counts: { g: number; n: number }[] = [];
  for (let g = lo; g <= hi; g += step) counts.push({ g, n: rows.filter((r) => crosses(r, g)).length });
  const limit = Math.max(2, rows.length * 0.1);
  // Each run of positions that (almost) no row crosses is a candidate; in it, the least crossed stretch.
  let best: { g: number; aligned: number; width: number } | undefined;
  let i = 0;
  while (i < counts.length) {
    if (counts[i].n > limit) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < counts.length && counts[j + 1].n <= limit) j++;
    const run = counts.slice(i, j + 1);
    i = j + 1;
    if (run.length * step < 8) continue;
    const min = Math.min(...run.map((c) => c.n));
    const low = run.filter((c) => c.n === min);
    const g = low[Math.floor(low.length / 2)].g;
    const aligned = alignment(rows, items, g);
    if (aligned === undefined || aligned > 0.45) continue;
    if (!best || aligned < best.aligned - 0.05 || (Math.abs(aligned - best.aligned) <= 0.05 && run.length > best.width)) best = { g, aligned, width: run.length };
  }
  return best?.g;
}

/**
 * How many lines of the smaller side share a baseline with the other side: high for a table
 * or a label column, low for a sidebar. Undefined when either side has too little text.
 */
function alignment(rows: Row[], items: PdfItem[], g: number): number | undefined {
  const left = rows.filter((r) => r.items.some((it) => it.x < g) && !crosses(r, g));
  const right = rows.filter((r) => r.items.some((it) => it.x >= g) && !crosses(r, g));
  if (left.length < 4 || right.length < 4) return undefined;
  const leftItems = items.filter((it) => it.x < g);
  const rightItems = items.filter((it) => it.x >= g);
  const [few, many] = leftItems.length < rightItems.length ? [leftItems, rightItems] : [rightItems, leftItems];
  // A column of dates beside titles is part of the same flow, however its baselines fall.
  const fewRows = left.length < right.length ? left : right;
  const side = fewRows === left ? (it: PdfItem): boolean => it.x < g : (it: PdfItem): boolean => it.x >= g;
  const dates = fewRows.filter((r) => isDateFragment(r.items.filter(side).map((it) => it.str).join(' '))).length;
  if (dates / fewRows.length >= 0.5) return undefined;
  const ratio = few.filter((a) => many.some((b) => Math.abs(a.y - b.y) < 0.6)).length / few.length;
  return ratio;
}

/** Whether a row spans the gutter; a sidebar line that just runs into it (a long e-mail address) does not. */
function crosses(r: Row, g: number): boolean {
  return r.items.some((i) => i.x < g - 1 && i.x + i.w > g + 16);
}

const alnum = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function toLines(rows: Row[], page: number, emphasis: Set<string>): DocLine[] {
  const out: DocLine[] = [];
  let prev: Row | undefined;
  for (const r of rows) {
    const cells = rowCells(r.items);
    const first = r.items.find((i) => i.str.trim());
    const gapAbove = prev ? (r.y - prev.y) / Math.max(1.2 * Math.max(prev.size, r.size), 1) : 1;
    const text = r.items.filter((i) => i.str.trim());
    const bold = text.length > 0 && text.every((i) => emphasis.has(i.font));
    const line = makeLine(cells, { page, x: first?.x ?? 0, y: r.y, size: r.size, bold, gapAbove: Math.max(gapAbove, 0) });
    // Some generators draw a line twice (once per text layer); keep one.
    const last = out[out.length - 1];
    if (line && !(last && alnum(last.text) === alnum(line.text))) out.push(line);
    prev = r;
  }
  return out;
}

/**
 * Reads one page: full-width rows in order, and between them, when the page has a sidebar,
 * the left flow and then the right flow.
 */
export function layoutPage(allItems: PdfItem[], pageWidth: number, page: number, emphasis: Set<string>): LayoutResult {
  // Spaces carry no position worth keeping, and justified ones are wide enough to bridge columns.
  const items = allItems.filter((i) => i.str.trim());
  const rows = buildRows(items);
  const g = findGutter(rows, pageWidth);
  if (g === undefined) return { lines: toLines(rows, page, emphasis), twoColumn: false };
  const lines: DocLine[] = [];
  let band: PdfItem[] = [];
  const flush = (): void => {
    const left = band.filter((i) => i.x < g);
    const right = band.filter((i) => i.x >= g);
    const rightLines = toLines(buildRows(right), page, emphasis);
    if (left.length && rightLines.length) rightLines[0].flowStart = true;
    lines.push(...toLines(buildRows(left), page, emphasis), ...rightLines);
    band = [];
  };
  for (const r of rows) {
    if (crosses(r, g)) {
      flush();
      lines.push(...toLines([r], page, emphasis));
    } else band.push(...r.items);
  }
  flush();
  return { lines, twoColumn: true };
}
