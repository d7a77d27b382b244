/**
 * Reads one PDF page into lines in reading order.
 *
 * Evidence used: baselines group runs into rows (layout/rows.ts); gaps, type sizes and glyph
 * spacing split rows into cells and words (layout/cells.ts); a vertical strip free of text over
 * the page's height separates a narrow margin column (layout/margin.ts) or a sidebar, whose
 * columns are independent flows when their baselines do not line up; a line that ends in a hyphen
 * after a lowercase letter, followed in the same flow by a line starting in lowercase, is a word
 * broken at the column edge (layout/hyphens.ts, run on the whole document).
 */
import { type DocLine, makeLine } from '../document';
import { isDateFragment } from '../fields/dates';
import { type CellStats, rowCells } from './layout/cells';
import { wrappedColumns } from './layout/columns';
import { readMargin } from './layout/margin';
import { type PdfItem, type Row, buildRows, crosses } from './layout/rows';

export interface LayoutResult {
  lines: DocLine[];
  twoColumn: boolean;
  /** What the layout found on the page, for --explain. */
  notes: string[];
  /** A page that is one sidebar band to its foot: the lines above it and its two flows (see layout/pageColumns.ts). */
  columns?: PageColumns;
}

export interface PageColumns {
  head: DocLine[];
  left: DocLine[];
  right: DocLine[];
}

/**
 * Finds an empty vertical strip that splits the text between x0 and x1 into two flows (a sidebar
 * layout, or one gutter of several newspaper columns).
 */
export interface Gutter {
  x: number;
  /** Both sides are running text (newspaper columns): the second goes on with the first's section. */
  running: boolean;
}

export function findGutter(rows: Row[], x1: number, x0 = 0, nested = false): Gutter | undefined {
  const items = rows.flatMap((r) => r.items.filter((i) => i.str.trim()));
  if (items.length < 12) return undefined;
  const step = 2;
  const lo = x0 + (x1 - x0) * 0.18;
  const hi = x0 + (x1 - x0) * 0.82;
  const counts: { g: number; n: number }[] = [];
  for (let g = lo; g <= hi; g += step) counts.push({ g, n: rows.filter((r) => crosses(r, g)).length });
  const limit = Math.max(2, rows.length * 0.1);
  // Each run of positions that (almost) no row crosses is a candidate; in it, the least crossed stretch.
  let best: { g: number; aligned: number; width: number; running: boolean } | undefined;
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
    const found = alignment(rows, items, g);
    if (found === undefined) continue;
    // Shared baselines mean a table, unless both sides are running text (see layout/columns.ts);
    // inside a column, only running text splits again (short items side by side are a grid).
    const wrapped = (nested || found > 0.45) && wrappedColumns(rows, g);
    if (nested && !wrapped) continue;
    const aligned = found > 0.45 && wrapped ? 0.45 : found;
    if (aligned > 0.45) continue;
    if (!best || aligned < best.aligned - 0.05 || (Math.abs(aligned - best.aligned) <= 0.05 && run.length > best.width)) best = { g, aligned, width: run.length, running: wrapped || wrappedColumns(rows, g) };
  }
  return best && { x: best.g, running: best.running };
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
  const dates = fewRows.filter((r) => isDateFragment(rowCells(r.items.filter(side)).join(' '))).length;
  if (dates / fewRows.length >= 0.5) return undefined;
  const ratio = few.filter((a) => many.some((b) => Math.abs(a.y - b.y) < 0.6)).length / few.length;
  return ratio;
}

const alnum = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

interface PageCtx {
  page: number;
  emphasis: Set<string>;
  stats: CellStats;
  /** Gutters found inside a column, for --explain. */
  inner: number[];
  /** The page-wide sidebar bands read, where each started among the page's lines. */
  bands?: Array<{ start: number; left: DocLine[]; right: DocLine[] }>;
}

/** One flow's rows as lines. */
function toLines(rows: Row[], ctx: PageCtx): DocLine[] {
  const out: DocLine[] = [];
  let prev: Row | undefined;
  for (const r of rows) {
    const cells = [...(r.head ?? []), ...rowCells(r.items, ctx.stats), ...(r.tail ?? [])];
    const first = r.items.find((i) => i.str.trim());
    const gapAbove = prev ? (r.y - prev.y) / Math.max(1.2 * Math.max(prev.size, r.size), 1) : 1;
    const text = r.items.filter((i) => i.str.trim());
    const bold = text.length > 0 && text.every((i) => ctx.emphasis.has(i.font));
    const line = makeLine(cells, { page: ctx.page, x: first?.x ?? 0, y: r.y, size: r.size, bold, gapAbove: Math.max(gapAbove, 0), ...(r.margin ? { margin: true } : {}), ...(r.label ? { label: r.label } : {}) });
    // Some generators draw a line twice (once per text layer); keep one.
    const last = out[out.length - 1];
    if (line && !(last && alnum(last.text) === alnum(line.text))) out.push(line);
    prev = r;
  }
  return out;
}

function statNotes(stats: PageCtx['stats']): string[] {
  const notes: string[] = [];
  if (stats.smallCaps) notes.push(`${stats.smallCaps} line(s) in small capitals joined into words`);
  if (stats.letterSpaced) notes.push(`${stats.letterSpaced} line(s) with letter-spaced words closed up`);
  return notes;
}

/** A row whose word is cut by the gutter (no gap, the same type) reads as one line. */
function splitsWord(r: Row, g: number): boolean {
  const k = r.items.findIndex((i) => i.x >= g);
  if (k <= 0) return false;
  const a = r.items[k - 1];
  const b = r.items[k];
  return Math.abs(a.size - b.size) < 0.1 * a.size && b.x - (a.x + a.w) < 0.15 * a.size && /[\p{L}\p{N}]$/u.test(a.str) && /^[\p{L}\p{N}]/u.test(b.str);
}

/**
 * One side of a gutter: itself split again when it holds a gutter of its own, so that three
 * columns read as three flows (depth-limited: a column narrower than that is a table cell).
 */
function readFlow(items: PdfItem[], x0: number, x1: number, ctx: PageCtx, depth: number): DocLine[] {
  const rows = buildRows(items);
  const g = depth > 0 ? findGutter(rows, x1, x0, true) : undefined;
  if (g !== undefined) ctx.inner.push(Math.round(g.x));
  return g === undefined ? toLines(rows, ctx) : readSidebar(rows, g, ctx, x0, x1, depth - 1);
}

/**
 * Full-width rows in order and, between them, the left flow and then the right flow. A sidebar's
 * right flow starts afresh; a newspaper column goes on with the section the left one ended in.
 */
function readSidebar(rows: Row[], gutter: Gutter, ctx: PageCtx, x0: number, x1: number, depth: number): DocLine[] {
  const g = gutter.x;
  const lines: DocLine[] = [];
  let band: PdfItem[] = [];
  const flush = (): void => {
    const left = band.filter((i) => i.x < g);
    const right = band.filter((i) => i.x >= g);
    const split = ctx.inner.length;
    const leftLines = readFlow(left, x0, g, ctx, depth);
    const rightLines = readFlow(right, g, x1, ctx, depth);
    // A side that is itself two columns of running text makes the page newspaper columns.
    const running = gutter.running || ctx.inner.length > split;
    const top = leftLines[0];
    // Over newspaper columns, a line above the first column's top is a title across them all.
    const across: DocLine[] = [];
    while (running && top && rightLines.length && rightLines[0].y < top.y - top.size) across.push(rightLines.shift() as DocLine);
    if (left.length && rightLines.length && !running) rightLines[0].flowStart = true;
    if (x0 === 0 && !running && (leftLines.length || rightLines.length)) ctx.bands?.push({ start: lines.length + across.length, left: leftLines, right: rightLines });
    lines.push(...across, ...leftLines, ...rightLines);
    band = [];
  };
  for (const r of rows) {
    if (crosses(r, g) || splitsWord(r, g)) {
      flush();
      lines.push(...toLines([r], ctx));
    } else band.push(...r.items);
  }
  flush();
  return lines;
}

/** Reads one page: a margin column beside the body, a sidebar, a date column right of the body, or one flow. */
export function layoutPage(allItems: PdfItem[], pageWidth: number, page: number, emphasis: Set<string>): LayoutResult {
  // Spaces carry no position worth keeping, and justified ones are wide enough to bridge columns.
  const items = allItems.filter((i) => i.str.trim());
  const rows = buildRows(items);
  const ctx: PageCtx = { page, emphasis, stats: { smallCaps: 0, letterSpaced: 0 }, inner: [] };
  // A sidebar's flows come first; a date column right of the body only when there is none.
  const margin = readMargin(rows, pageWidth, 'left');
  const g = margin ? undefined : findGutter(rows, pageWidth);
  const other = margin ?? (g === undefined ? readMargin(rows, pageWidth, 'right') : undefined);
  if (other) {
    const lines = toLines(other.rows, ctx);
    return { lines, twoColumn: false, notes: [other.note, ...statNotes(ctx.stats)] };
  }
  if (g === undefined) {
    const lines = toLines(rows, ctx);
    return { lines, twoColumn: false, notes: statNotes(ctx.stats) };
  }
  ctx.bands = [];
  const lines = readSidebar(rows, g, ctx, 0, pageWidth, 1);
  const band = ctx.bands.length === 1 && !g.running && !ctx.inner.length ? ctx.bands[0] : undefined;
  const columns = band && band.start + band.left.length + band.right.length === lines.length ? { head: lines.slice(0, band.start), left: band.left, right: band.right } : undefined;
  const inner = ctx.inner.map((x) => `a column split again at x ${x} (running text on both sides)`);
  const how = g.running || ctx.inner.length ? 'running text: the right column goes on from the left' : 'the left flow is read before the right';
  return { lines, twoColumn: true, notes: [`two columns split at x ${Math.round(g.x)}: ${how}`, ...inner, ...statNotes(ctx.stats)], columns };
}
