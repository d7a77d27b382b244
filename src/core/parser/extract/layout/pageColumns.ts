/**
 * A sidebar that runs over several pages: each column goes on from the same column of the page
 * before, so the main column's text on page 2 (a work history carried over without its heading)
 * follows page 1's main column, not the sidebar that page 1 ends with.
 *
 * Evidence used: consecutive pages that are each one two-column band down to their foot, with
 * their left columns and their right columns starting at the same x (within 3 % of the page width):
 * the same grid. A later page of the run may have nothing above its band (a heading across the
 * page would start a new part). Over such a run the left columns are read in page order, then the
 * right columns; a right column continued from the page before does not start a new flow. A page
 * of one flow whose lines all start at (or a little right of) the left column's x is that left
 * column going on alone (the sidebar ended on the page before).
 */
import type { DocLine } from '../../document';
import type { LayoutResult, PageColumns } from '../pdfLayout';

const minX = (lines: DocLine[]): number => Math.min(...lines.map((l) => l.x));

function sameGrid(a: PageColumns, b: PageColumns, width: number): boolean {
  if (!a.left.length || !a.right.length || b.head.length) return false;
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= 0.03 * width;
  return (!b.left.length || near(minX(a.left), minX(b.left))) && (!b.right.length || near(minX(a.right), minX(b.right)));
}

/**
 * A page read as one flow after a page of two columns: when it starts where that page's left column
 * starts and no line of it reaches the right column, it is the left column going on alone.
 */
function leftOnly(result: LayoutResult, before: PageColumns | undefined, width: number): PageColumns | undefined {
  if (result.columns || !before?.left.length || !before.right.length || !result.lines.length) return undefined;
  const leftX = minX(before.left);
  const rightX = minX(before.right) - 0.03 * width;
  const starts = Math.abs(minX(result.lines) - leftX) <= 0.03 * width;
  // lines may be indented (bullets), but a line centred on the page (a footer) is not the column's
  const inColumn = (l: DocLine): boolean => l.x < rightX && l.x - leftX <= 0.12 * width;
  return starts && result.lines.every(inColumn) ? { head: [], left: result.lines, right: [] } : undefined;
}

/** The pages' lines in reading order; `joined` counts the pages read on from the page before. */
export function joinPageColumns(laid: Array<{ result: LayoutResult; width: number }>): { lines: DocLine[]; joined: number[] } {
  const pages = [...laid];
  const lines: DocLine[] = [];
  const joined: number[] = [];
  let i = 0;
  for (let k = 1; k < pages.length; k++) {
    const alone = leftOnly(pages[k].result, pages[k - 1].result.columns, pages[k].width);
    if (alone) pages[k] = { ...pages[k], result: { ...pages[k].result, columns: alone } };
  }
  while (i < pages.length) {
    const first = pages[i].result.columns;
    let j = i + 1;
    for (; j < pages.length; j++) {
      const prev = pages[j - 1].result.columns;
      const next = pages[j].result.columns;
      if (!prev || !next || !sameGrid(prev, next, pages[j].width)) break;
    }
    if (!first || j === i + 1) {
      lines.push(...pages[i].result.lines);
      i++;
      continue;
    }
    const run = pages.slice(i, j).map((p) => p.result.columns as PageColumns);
    lines.push(...first.head, ...run.flatMap((c) => c.left));
    run.forEach((c, k) => lines.push(...c.right.map((l, n) => (k > 0 && n === 0 ? { ...l, flowStart: false } : l))));
    for (let k = i + 1; k < j; k++) joined.push(k + 1);
    i = j;
  }
  return { lines, joined };
}
