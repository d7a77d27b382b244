/**
 * Whether the text either side of a gutter is two columns of running text rather than a table.
 *
 * Evidence used: columns of the same type size share baselines as often as the cells of a table
 * do, so baselines cannot tell them apart; what does is the width of the text. Running text
 * wraps, so most of its lines reach (nearly) the column's right edge, and the columns are of
 * similar width; a label or value column holds short entries of uneven length.
 */
import { type PdfItem, type Row } from './rows';

/** Share of a side's lines that fill at least this much of the side's width. */
const FULL = 0.75;

function fullShare(rows: Row[], side: (it: PdfItem) => boolean): { share: number; width: number } {
  const spans = rows
    .map((r) => r.items.filter(side))
    .filter((its) => its.length > 0)
    .map((its) => ({ x0: Math.min(...its.map((i) => i.x)), x1: Math.max(...its.map((i) => i.x + i.w)) }));
  if (spans.length < 4) return { share: 0, width: 0 };
  const left = Math.min(...spans.map((s) => s.x0));
  const width = Math.max(...spans.map((s) => s.x1)) - left;
  const full = spans.filter((s) => s.x1 - left >= FULL * width).length;
  return { share: full / spans.length, width };
}

export function wrappedColumns(rows: Row[], g: number): boolean {
  const l = fullShare(rows, (it) => it.x < g);
  const r = fullShare(rows, (it) => it.x >= g);
  if (!l.width || !r.width) return false;
  const similar = Math.min(l.width, r.width) / Math.max(l.width, r.width) >= 0.6;
  return similar && l.share >= 0.4 && r.share >= 0.4;
}
