/**
 * A label column: a narrow column of field names ("Dates", "Employer", "Position", "E-mail") each
 * set level with the value it names, as key/value CVs and their Word tables do.
 *
 * Evidence used:
 * - the same text recurs in the narrow column in the same face (a field name repeats for every
 *   entry), at least two different texts at least twice each; dates are not labels (a date column
 *   is handled apart), nor is a list item or its wrapped lines (the same bullet recurs in several
 *   entries of a narrow bullet column); a heading that repeats a wrapped label's words ("Education and training")
 *   in bold or larger type does not make its face a label face;
 * - the recurring rows share a typeface and size; any other narrow row in that face is a label too
 *   ("Grade", "Phone" appear once), while a row in another face (a bold or larger section heading)
 *   is not;
 * - a label row is its own block even when the rows sit as close as a wrapped line, because each
 *   is level with its own value; rows in another face group into blocks as wrapped lines do, but
 *   only with rows of their own face (a heading right above a label is not wrapped into it).
 * A label names its value and is not itself content: it is kept beside the value's line
 * (`DocLine.label`) out of the text the field readers see.
 */
import { stripBullet } from '../../document';
import { isDateFragment } from '../../fields/dates';
import { rowCells } from './cells';
import type { Row } from './rows';

/** A wrapped line in a narrow column: the next row follows within this many type sizes. */
export const WRAP = 1.45;

export interface NarrowBlock {
  rows: Row[];
  label: boolean;
}

const faceOf = (r: Row): string => `${r.items[0]?.font ?? ''}@${Math.round(r.size * 2) / 2}`;
const textOf = (r: Row): string => rowCells(r.items).join(' ').trim();

/** The narrow rows that open a list item or wrap one: running text, never a field name. */
function listRows(narrow: Row[]): Set<Row> {
  const out = new Set<Row>();
  narrow.forEach((r, k) => {
    const last = narrow[k - 1];
    const wraps = last && out.has(last) && faceOf(last) === faceOf(r) && r.y - last.y <= WRAP * Math.max(last.size, r.size);
    if (stripBullet(textOf(r)).bullet || wraps) out.add(r);
  });
  return out;
}

/** The faces of the narrow column's labels; empty when the column holds no recurring field names. */
export function labelFaces(narrow: Row[]): Set<string> {
  const seen = new Map<string, Row[]>();
  const list = listRows(narrow);
  for (const r of narrow) {
    const t = textOf(r).toLowerCase();
    if (!t || isDateFragment(t) || list.has(r)) continue;
    // the text and its face together: a heading may repeat a label's wording in another type
    const key = `${t}\u0000${faceOf(r)}`;
    seen.set(key, [...(seen.get(key) ?? []), r]);
  }
  const recurring = [...seen.values()].filter((rs) => rs.length >= 2);
  if (recurring.length < 2) return new Set();
  return new Set(recurring.flat().map(faceOf));
}

/** The narrow column's rows as blocks: wrapped lines together, each label row on its own. */
export function narrowBlocks(narrow: Row[]): NarrowBlock[] {
  const faces = labelFaces(narrow);
  const blocks: NarrowBlock[] = [];
  for (const r of narrow) {
    const label = faces.has(faceOf(r));
    const cur = blocks[blocks.length - 1];
    const last = cur?.rows[cur.rows.length - 1];
    const sameFace = !faces.size || (last && faceOf(last) === faceOf(r));
    if (!label && cur && !cur.label && last && sameFace && r.y - last.y <= WRAP * Math.max(last.size, r.size)) cur.rows.push(r);
    else blocks.push({ rows: [r], label });
  }
  return blocks;
}
