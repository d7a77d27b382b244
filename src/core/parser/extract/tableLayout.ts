import type { DocLine } from '../document';
import { orderedFlows } from './flows';

/**
 * Reading order of a word-processor table, from what its cells hold (shared by DOCX and ODT).
 *
 * Evidence used, per row:
 * - Two or more cells that each hold several paragraphs (FLOW_LINES or more) are columns of
 *   running text: a sidebar cell beside a main cell, or a grid of lists. Each cell is read
 *   whole, one after the other, and every cell after the first starts a new flow (`flowStart`).
 *   The cell read first is the one holding the largest text (the name) or, failing that,
 *   contact details; otherwise cells are read left to right.
 * - Otherwise the row is one entry: short cells beside a longer one (a date or a label beside
 *   the details). Their k-th paragraphs share a line as cells, as they share a baseline on the
 *   page, so a date or a label stays with the entry it belongs to.
 */
export interface TableCell {
  lines: DocLine[];
  /** Width in any unit shared by the row's cells; 0 when unknown. */
  width: number;
}

const FLOW_LINES = 3;
function widthNote(cells: TableCell[]): string {
  const total = cells.reduce((n, c) => n + c.width, 0);
  if (!total) return '';
  return ` (widths ${cells.map((c) => `${Math.round((100 * c.width) / total)}%`).join(' / ')})`;
}

function flowLines(cells: TableCell[], bodySize: number, notes: string[]): DocLine[] {
  const { lines, first, why } = orderedFlows(cells.map((c) => c.lines), bodySize);
  notes.push(`table row of ${cells.length} text columns${widthNote(cells)}: read as ${cells.length} flows, cell ${first + 1} first (${why})`);
  return lines;
}

/** The k-th paragraphs of the cells side by side as one line with cells. */
function rowLines(cells: TableCell[]): DocLine[] {
  const out: DocLine[] = [];
  const depth = Math.max(...cells.map((c) => c.lines.length));
  for (let k = 0; k < depth; k++) {
    const parts = cells.map((c) => c.lines[k]).filter((l): l is DocLine => !!l);
    // The line's looks come from its longest part: the details, not the date beside them.
    const main = parts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const texts = parts.flatMap((p) => p.cells);
    out.push({ ...main, cells: texts, text: texts.join('\t'), bold: parts.every((p) => p.bold), heading: parts.length === 1 && main.heading, gapAbove: parts[0].gapAbove });
  }
  return out;
}

/** The table's lines; `endsInFlows` when its last row was read as flows, so that what follows starts a flow too. */
export function tableToLines(rows: TableCell[][], bodySize: number, notes: string[]): { lines: DocLine[]; endsInFlows: boolean } {
  const lines: DocLine[] = [];
  let entryRows = 0;
  let endsInFlows = false;
  for (const row of rows) {
    const cells = row.filter((c) => c.lines.length > 0);
    if (!cells.length) continue;
    endsInFlows = cells.length > 1 && cells.filter((c) => c.lines.length >= FLOW_LINES).length >= 2;
    if (cells.length === 1) lines.push(...cells[0].lines);
    else if (endsInFlows) lines.push(...flowLines(cells, bodySize, notes));
    else {
      lines.push(...rowLines(cells));
      entryRows++;
    }
  }
  if (entryRows) notes.push(`table: ${entryRows} row${entryRows === 1 ? '' : 's'} of side-by-side cells kept as lines with cells`);
  return { lines, endsInFlows };
}
