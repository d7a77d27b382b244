import { type DocLine, makeLine } from '../document';

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

/** Splits a row into cells where the horizontal gap is wider than a word space. */
function rowCells(items: PdfItem[]): string[] {
  const cells: string[] = [];
  let cur = '';
  let end = -Infinity;
  for (const it of items) {
    if (!it.str.trim()) continue;
    const gap = it.x - end;
    const size = Math.max(it.size, 1);
    if (cur && gap > 0.55 * size) {
      cells.push(cur);
      cur = it.str;
    } else if (cur && gap > 0.12 * size && !cur.endsWith(' ') && !it.str.startsWith(' ')) cur += ` ${it.str}`;
    else cur += it.str;
    end = it.x + it.w;
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
  let best: { from: number; to: number } | undefined;
  let runStart = -1;
  const lo = pageWidth * 0.18;
  const hi = pageWidth * 0.82;
  for (let g = lo; g <= hi + step; g += step) {
    const crossing = g <= hi ? rows.filter((r) => r.items.some((i) => i.x < g - 1 && i.x + i.w > g + 1)).length : Infinity;
    const free = crossing <= Math.max(1, rows.length * 0.1);
    if (free && runStart < 0) runStart = g;
    if (!free && runStart >= 0) {
      if (!best || g - runStart > best.to - best.from) best = { from: runStart, to: g };
      runStart = -1;
    }
  }
  if (!best || best.to - best.from < 8) return undefined;
  const g = (best.from + best.to) / 2;
  const left = rows.filter((r) => r.items.some((i) => i.x + i.w <= g) && !crosses(r, g));
  const right = rows.filter((r) => r.items.some((i) => i.x >= g) && !crosses(r, g));
  if (left.length < 4 || right.length < 4) return undefined;
  // A table or a label column puts both sides on the same baselines; a sidebar does not.
  const leftItems = items.filter((i) => i.x + i.w <= g);
  const rightItems = items.filter((i) => i.x >= g);
  const [few, many] = leftItems.length < rightItems.length ? [leftItems, rightItems] : [rightItems, leftItems];
  const aligned = few.filter((a) => many.some((b) => Math.abs(a.y - b.y) < 0.6)).length;
  if (process.env.SAMSARA_DEBUG_LAYOUT) console.error('gutter', g, best, aligned, few.length, left.length, right.length);
  if (aligned / few.length > 0.45) return undefined;
  return g;
}

function crosses(r: Row, g: number): boolean {
  return r.items.some((i) => i.x < g - 1 && i.x + i.w > g + 1);
}

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
    if (line) out.push(line);
    prev = r;
  }
  return out;
}

/**
 * Reads one page: full-width rows in order, and between them, when the page has a sidebar,
 * the left flow and then the right flow.
 */
export function layoutPage(items: PdfItem[], pageWidth: number, page: number, emphasis: Set<string>): LayoutResult {
  const rows = buildRows(items);
  const g = findGutter(rows, pageWidth);
  if (g === undefined) return { lines: toLines(rows, page, emphasis), twoColumn: false };
  const lines: DocLine[] = [];
  let band: PdfItem[] = [];
  const flush = (): void => {
    const left = band.filter((i) => i.x < g);
    const right = band.filter((i) => i.x >= g);
    lines.push(...toLines(buildRows(left), page, emphasis), ...toLines(buildRows(right), page, emphasis));
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
