/**
 * A narrow margin column: headings or dates set left of the body, beside the text they belong to.
 *
 * Evidence used:
 * - a vertical strip in the left 45 % of the page that (almost) no row crosses;
 * - the text left of it is narrow (at most 30 % of the page wide) and sparse (under half the
 *   characters of the body beside it);
 * - it falls into short blocks (at most three rows: a heading or a date wrapped in a narrow
 *   column), and most blocks start level with the first row of a body block (within 0.4 of the
 *   type size), which the independent flow of a sidebar does not do.
 * A block of date material only belongs to the body row beside it (a date column) and becomes
 * its first cell; any other block becomes its own line just before that row, marked `margin`.
 */
import { isDateFragment } from '../../fields/dates';
import { rowCells } from './cells';
import { type Row, crosses, splitAt } from './rows';

export interface Margin {
  /** The page's rows in reading order, margin blocks as rows of their own or joined to the body. */
  rows: Row[];
  note: string;
}

/** A wrapped line in a narrow column: the next row follows within this many type sizes. */
const WRAP = 1.45;

function blocksOf(left: Row[]): Row[][] {
  const blocks: Row[][] = [];
  for (const r of left) {
    const cur = blocks[blocks.length - 1];
    const last = cur?.[cur.length - 1];
    if (last && r.y - last.y <= WRAP * Math.max(last.size, r.size)) cur.push(r);
    else blocks.push([r]);
  }
  return blocks;
}

/** A block's rows as one text; a word broken with a hyphen before a lowercase letter is rejoined. */
export function joinWrapped(parts: string[]): string {
  return parts.reduce((acc, p) => (!acc ? p : /\p{Ll}-$/u.test(acc) && /^\p{Ll}/u.test(p) ? acc.slice(0, -1) + p : `${acc} ${p}`), '');
}

function blockRow(block: Row[]): Row {
  const items = block.flatMap((r) => r.items);
  const str = joinWrapped(block.map((r) => rowCells(r.items).join(' ')));
  const x = Math.min(...items.map((i) => i.x));
  const w = Math.max(...items.map((i) => i.x + i.w)) - x;
  const size = Math.max(...block.map((r) => r.size));
  return { items: [{ str, x, y: block[0].y, w, size, font: items[0].font }], y: block[0].y, size, margin: true };
}

/** Candidate positions for the margin's right edge: the right end of each strip no row crosses. */
function strips(rows: Row[], pageWidth: number): number[] {
  const limit = Math.max(2, rows.length * 0.1);
  const out: number[] = [];
  let run = 0;
  for (let g = pageWidth * 0.06; g <= pageWidth * 0.45; g += 2) {
    const free = rows.filter((r) => crosses(r, g)).length <= limit;
    if (free) run++;
    else if (run >= 4) out.push(g - 4);
    if (!free) run = 0;
  }
  if (run >= 4) out.push(pageWidth * 0.45);
  return out;
}

const chars = (rows: Row[]): number => rows.reduce((n, r) => n + r.items.reduce((m, i) => m + i.str.length, 0), 0);

/** A row whose text runs on across the strip within a word space ("Jane Doe, Analyst") is one line. */
function runsOn(r: Row, g: number): boolean {
  const l = r.items.filter((i) => i.x < g);
  const first = r.items.find((i) => i.x >= g);
  if (!l.length || !first) return false;
  const end = Math.max(...l.map((i) => i.x + i.w));
  return first.x - end < 0.6 * Math.min(first.size, l[l.length - 1].size);
}

/** Whether a body row opens a block: nothing just above it in the body. */
function opensBlock(body: Row[], k: number): boolean {
  return k === 0 || body[k].y - body[k - 1].y > WRAP * Math.max(body[k].size, body[k - 1].size);
}

function tryMargin(rows: Row[], g: number, pageWidth: number): Margin | undefined {
  const whole = (r: Row): boolean => crosses(r, g) || runsOn(r, g);
  const full = rows.filter(whole);
  const { left, right } = splitAt(rows.filter((r) => !whole(r)), g);
  const leftItems = left.flatMap((r) => r.items);
  if (!leftItems.length || right.length < 4) return undefined;
  const x0 = Math.min(...leftItems.map((i) => i.x));
  if (Math.max(...leftItems.map((i) => i.x + i.w)) - x0 > pageWidth * 0.3 || chars(left) * 2 > chars(right)) return undefined;
  const blocks = blocksOf(left);
  if (blocks.length < 2 || blocks.filter((b) => b.length <= 3).length < blocks.length * 0.8) return undefined;
  const body = [...full, ...right].sort((a, b) => a.y - b.y);
  const anchors = blocks.map((b) => body.findIndex((r) => Math.abs(r.y - b[0].y) <= 0.4 * Math.max(r.size, b[0].size)));
  const aligned = anchors.filter((k) => k >= 0 && opensBlock(body, k)).length;
  if (aligned < 2 || aligned < blocks.length * 0.6) return undefined;
  const out: Row[] = body.map((r) => ({ ...r }));
  const before = new Map<number, Row[]>();
  let dates = 0;
  blocks.forEach((b, n) => {
    const row = blockRow(b);
    const k = anchors[n];
    if (k >= 0 && isDateFragment(row.items[0].str)) {
      out[k].head = [...(out[k].head ?? []), row.items[0].str];
      dates++;
    } else if (k >= 0) before.set(k, [...(before.get(k) ?? []), row]);
    else out.push(row);
  });
  // Blocks level with no body row keep their own place; the rest go just before their row.
  const ordered = out.map((r, k) => ({ r, key: k < body.length ? body[k].y : r.y, rank: 1 }));
  for (const [k, rs] of before) for (const r of rs) ordered.push({ r, key: body[k].y, rank: 0 });
  ordered.sort((a, b) => a.key - b.key || a.rank - b.rank);
  const headings = blocks.length - dates;
  return { rows: ordered.map((o) => o.r), note: `margin column x ${Math.round(x0)}–${Math.round(g)}: ${headings} heading or label block(s) before the body rows beside them, ${dates} date block(s) joined to their rows` };
}

/** Finds a narrow margin column and reads the page with it; undefined when the page has none. */
export function readMargin(rows: Row[], pageWidth: number): Margin | undefined {
  if (rows.length < 6) return undefined;
  for (const g of strips(rows, pageWidth)) {
    const m = tryMargin(rows, g, pageWidth);
    if (m) return m;
  }
  return undefined;
}
