import type { DocLine } from '../document';
import { isDateFragment } from '../fields/dates';
import { orderedFlows } from './flows';
import { append } from './looks';

/**
 * Reading order of a word-processor table, from what its cells hold (shared by DOCX and ODT).
 *
 * Evidence used, per row:
 * - Label cells (at most LABEL_LINES short lines, no bullets: dates, a place, "Telephone")
 *   beside one cell of details, in a table of several such rows (or beside details too short
 *   to be a column): the row is one entry, and the labels lead the first line of the details
 *   as cells, so a date or a label stays with the entry it belongs to. A label cell whose text
 *   recurs down the table (at least two different texts twice each, not dates) is a field name
 *   ("Dates", "Name and address of employer") and is kept beside the line, not in its text.
 * - Two or more cells that each hold several paragraphs (FLOW_LINES or more) are columns of
 *   running text: a sidebar cell beside a main cell, or a grid of lists. Each cell is read
 *   whole, one after the other, and every cell after the first starts a new flow (`flowStart`);
 *   flows.ts chooses the cell read first.
 * - Otherwise the cells' k-th paragraphs share a line as cells, as they share a baseline on
 *   the page.
 */
export interface TableCell {
  lines: DocLine[];
  /** Width in any unit shared by the row's cells; 0 when unknown. */
  width: number;
}

const FLOW_LINES = 3;
const LABEL_LINES = 4;
const LABEL_CHARS = 40;
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

function isLabel(c: TableCell): boolean {
  return c.lines.length <= LABEL_LINES && c.lines.every((l) => l.text.length <= LABEL_CHARS && !l.bullet);
}

/** The cell with the most paragraphs (the details), the longer text on a tie. */
function mainCell(cells: TableCell[]): number {
  const weight = (c: TableCell): number => c.lines.length * 1e6 + c.lines.reduce((n, l) => n + l.text.length, 0);
  return cells.reduce((best, c, i) => (weight(c) > weight(cells[best]) ? i : best), 0);
}

/** A label cell's lines as cells; a line ending in a range dash ("Jan 2019 –") runs on into the next. */
function labelCells(c: TableCell): string[] {
  const out: string[] = [];
  let carry = '';
  for (const l of c.lines) {
    const t = carry ? `${carry} ${l.text}` : l.text;
    carry = /[-–—]$/.test(t) ? t : '';
    if (!carry) append(out, t === l.text ? l.cells : [t]);
  }
  if (carry) out.push(carry);
  return out;
}

const cellText = (c: TableCell): string => c.lines.map((l) => l.text).join(' ').trim();

interface FieldNames { column: number; names: Set<string> }

/**
 * The field names of a key/value table: texts that recur down one column of its two-cell rows
 * ("Dates", "Employer" for every entry), at least two different ones twice each; dates recur too
 * but are content. The column is found from the recurrence, not from which cell is longer: a
 * field name ("Occupation or position held") is often longer than its value.
 */
function fieldNames(rows: TableCell[][]): FieldNames | undefined {
  for (const column of [0, 1]) {
    const seen = new Map<string, number>();
    for (const cells of rows) {
      const t = cells.length === 2 ? cellText(cells[column]) : '';
      if (t && isLabel(cells[column]) && !isDateFragment(t) && !/\d/.test(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    const recurring = [...seen].filter(([, n]) => n >= 2).map(([t]) => t);
    if (recurring.length >= 2) return { column, names: new Set(recurring) };
  }
  return undefined;
}

/** A row of a field name and its value: the value's lines, the name kept beside them (`label`), out of the text. */
function namedLines(cells: TableCell[], f: FieldNames | undefined): DocLine[] | undefined {
  if (!f || cells.length !== 2 || !f.names.has(cellText(cells[f.column]))) return undefined;
  const [first, ...rest] = cells[1 - f.column].lines;
  return [{ ...first, label: cellText(cells[f.column]), heading: false }, ...rest];
}

/** Labels to the left and right of the details join the details' first line as cells. */
function labelledLines(cells: TableCell[], main: number): DocLine[] {
  const [first, ...rest] = cells[main].lines;
  const side = (from: number, to: number): string[] => cells.slice(from, to).flatMap(labelCells);
  const texts = [...side(0, main), ...first.cells, ...side(main + 1, cells.length)];
  return [{ ...first, cells: texts, text: texts.join('\t'), heading: false }, ...rest];
}

/** The table's lines; `endsInFlows` when its last row was read as flows, so that what follows starts a flow too. */
export function tableToLines(rows: TableCell[][], bodySize: number, notes: string[]): { lines: DocLine[]; endsInFlows: boolean } {
  const lines: DocLine[] = [];
  let entryRows = 0;
  let endsInFlows = false;
  const filled = rows.map((row) => row.filter((c) => c.lines.length > 0));
  const multiRows = filled.filter((cells) => cells.length > 1).length;
  const names = fieldNames(filled);
  for (const cells of filled) {
    endsInFlows = false;
    if (!cells.length) continue;
    if (cells.length === 1) {
      append(lines, cells[0].lines);
      continue;
    }
    const named = namedLines(cells, names);
    if (named) {
      append(lines, named);
      entryRows++;
      continue;
    }
    const main = mainCell(cells);
    const labelled = cells.every((c, i) => i === main || isLabel(c));
    const columns = cells.filter((c) => c.lines.length >= FLOW_LINES).length >= 2;
    if (labelled && (multiRows > 1 || !columns)) append(lines, labelledLines(cells, main));
    else if (columns) {
      append(lines, flowLines(cells, bodySize, notes));
      endsInFlows = true;
      continue;
    } else append(lines, rowLines(cells));
    entryRows++;
  }
  if (entryRows) notes.push(`table: ${entryRows} row${entryRows === 1 ? '' : 's'} of side-by-side cells kept as lines with cells`);
  return { lines, endsInFlows };
}
