/**
 * A narrow margin column: headings or dates set left of the body, beside the text they belong to.
 *
 * Evidence used:
 * - a vertical strip in the left 45 % of the page that (almost) no row crosses (a header may);
 * - the text left of it is narrow (at most 30 % of the page wide) and sparse (under half the
 *   characters of the body beside it);
 * - it falls into short blocks (at most three rows: a heading or a date wrapped in a narrow
 *   column), and most blocks start level with the first row of a body block (within 0.4 of the
 *   type size; three in four blocks or more), which the independent flow of a sidebar does not do.
 * A block of date material only belongs to the body row beside it (a date column) and becomes
 * its first cell; any other block left of the body becomes its own line just before that row,
 * marked `margin`. Right of the body, only a column made mostly of dates counts (a sidebar there
 * is its own flow), and each block becomes the last cell of the row beside it.
 */
import { isDateFragment } from '../../fields/dates';
import { rowCells } from './cells';
import { WRAP, narrowBlocks } from './labels';
import { type Row, crosses, runsAcross, splitAt } from './rows';

export interface Margin {
  /** The page's rows in reading order, margin blocks as rows of their own or joined to the body. */
  rows: Row[];
  note: string;
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

/**
 * Candidate positions for the margin's inner edge: in each strip no row crosses, its end nearest
 * the body (the right end for a left margin, the left end for a right one).
 */
function strips(rows: Row[], from: number, to: number, side: Side): number[] {
  // A header (name, title, contact lines) may run across the whole page above the margin.
  const limit = Math.max(4, rows.length * 0.15);
  const out: number[] = [];
  let run = 0;
  for (let g = from; g <= to; g += 2) {
    const free = rows.filter((r) => crosses(r, g)).length <= limit;
    if (free && run === 0 && side === 'right') out.push(g + 2);
    if (free) run++;
    else if (run >= 4 && side === 'left') out.push(g - 4);
    if (!free) run = 0;
  }
  if (run >= 4 && side === 'left') out.push(to);
  return out;
}

const chars = (rows: Row[]): number => rows.reduce((n, r) => n + r.items.reduce((m, i) => m + i.str.length, 0), 0);

/** Whether a body row opens a block: nothing just above it in the body. */
function opensBlock(body: Row[], k: number): boolean {
  return k === 0 || body[k].y - body[k - 1].y > WRAP * Math.max(body[k].size, body[k - 1].size);
}

export type Side = 'left' | 'right';

function tryMargin(rows: Row[], g: number, pageWidth: number, side: Side): Margin | undefined {
  const whole = (r: Row): boolean => crosses(r, g) || runsAcross(r, g);
  const full = rows.filter(whole);
  const split = splitAt(rows.filter((r) => !whole(r)), g);
  const [narrow, wide] = side === 'left' ? [split.left, split.right] : [split.right, split.left];
  const narrowItems = narrow.flatMap((r) => r.items);
  if (!narrowItems.length || wide.length < 4) return undefined;
  const x0 = Math.min(...narrowItems.map((i) => i.x));
  if (Math.max(...narrowItems.map((i) => i.x + i.w)) - x0 > pageWidth * 0.3) return undefined;
  const blocks = narrowBlocks(narrow);
  // Recurring field names are evidence enough; long ones ("Name and address of employer") may outweigh short values.
  if (!blocks.some((b) => b.label) && chars(narrow) * 2 > chars(wide)) return undefined;
  if (blocks.length < 2 || blocks.filter((b) => b.rows.length <= 3).length < blocks.length * 0.8) return undefined;
  const body = [...full, ...wide].sort((a, b) => a.y - b.y);
  const texts = blocks.map((b) => blockRow(b.rows));
  const isDate = texts.map((r) => isDateFragment(r.items[0].str));
  const isLabel = blocks.map((b) => side === 'left' && b.label);
  const labels = isLabel.some(Boolean);
  const anchors = blocks.map((b) => body.findIndex((r) => Math.abs(r.y - b.rows[0].y) <= 0.4 * Math.max(r.size, b.rows[0].size)));
  // Beside a label column, a heading on a row of its own sits in a gap of the body, not beside it.
  const isolated = (n: number): boolean => labels && !body.some((r) => Math.abs(r.y - texts[n].y) < Math.max(r.size, texts[n].size));
  // Left of the body a block heads a block of text, names a value or dates an entry; right of it only dates do.
  const aligned = anchors.filter((k, n) => (k >= 0 && (isDate[n] || isLabel[n] || (side === 'left' && opensBlock(body, k)))) || (k < 0 && (isLabel[n] || isolated(n)))).length;
  if (aligned < 2 || aligned < blocks.length * 0.75) return undefined;
  const out: Row[] = body.map((r) => ({ ...r }));
  const before = new Map<number, Row[]>();
  let named: Row | undefined;
  texts.forEach((row, n) => {
    const k = anchors[n];
    const str = row.items[0].str;
    if (isLabel[n] && (k >= 0 || named)) {
      // a label wrapped over two rows names the same value as its first row
      named = k >= 0 ? out[k] : named;
      if (named) named.label = named.label ? `${named.label} ${str}` : str;
    } else if (k >= 0 && side === 'right') out[k].tail = [...(out[k].tail ?? []), str];
    else if (k >= 0 && isDate[n]) out[k].head = [...(out[k].head ?? []), str];
    else if (k >= 0) before.set(k, [...(before.get(k) ?? []), row]);
    else out.push({ ...row, margin: side === 'left' });
  });
  // Blocks level with no body row keep their own place; the rest go just before their row.
  const ordered = out.map((r, k) => ({ r, key: k < body.length ? body[k].y : r.y, rank: 1 }));
  for (const [k, rs] of before) for (const r of rs) ordered.push({ r, key: body[k].y, rank: 0 });
  ordered.sort((a, b) => a.key - b.key || a.rank - b.rank);
  const dates = anchors.filter((k, n) => k >= 0 && (isDate[n] || side === 'right')).length;
  const headings = side === 'left' ? anchors.filter((k, n) => k >= 0 && !isDate[n] && !isLabel[n]).length : 0;
  const labelNote = labels ? `, ${isLabel.filter(Boolean).length} label(s) kept beside the values they name` : '';
  const where = side === 'left' ? `margin column x ${Math.round(x0)}–${Math.round(g)}` : `column on the right from x ${Math.round(x0)}`;
  return { rows: ordered.map((o) => o.r), note: `${where}: ${headings} heading or label block(s) before the body rows beside them, ${dates} block(s) (dates) joined to their rows${labelNote}` };
}

/** Finds a narrow margin column on one side and reads the page with it; undefined when there is none. */
export function readMargin(rows: Row[], pageWidth: number, side: Side): Margin | undefined {
  if (rows.length < 6) return undefined;
  const [from, to] = side === 'left' ? [0.06, 0.45] : [0.5, 0.94];
  for (const g of strips(rows, pageWidth * from, pageWidth * to, side)) {
    const m = tryMargin(rows, g, pageWidth, side);
    if (m) return m;
  }
  return undefined;
}
