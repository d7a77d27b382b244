/**
 * Joins the lines of a work or education section that one entry wrapped over: a date range cut
 * after or before its dash, a side-column date over several rows, a header wrapped after a
 * function word or a comma, a bullet or sentence wrapped at the column edge. Evidence: date
 * material (dates.ts), bullets and indentation, lower-case starts, words that need a next word.
 */
import { type DocLine, stripBullet } from '../document';
import { firstDateRange, isDateFragment } from './dates';
import { isProse, normSide, type Prepared } from './entryItem';
import { isLabelNoise } from './noise';

// A header cut after a function word or a comma goes on in the next line.
const CONTINUES = /(?:\s(of|for|and|&|with|to|on|by|the|de|des|du|der|die|das|für|und|mit|von|zu|zur|zum|im|am|auf|y|la|le|et|avec|pour|sur|dans|aux|in|at|en|del|con|per|di|da|para|por)|,)$/i;
// The end of a range wrapped onto a line of its own: "2021-01" / "BIS 2025-10".
const RANGE_TAIL = /^(?:[-–—]\s*|(?:bis|to|until|au|à|al|a|hasta|fino a)\s+)\S/i;
// The start of a range whose end went onto the next line: "03/2019 -" / "12/2024".
const RANGE_CUT = /(?:\s[-–—]|\s(?:bis|to|until|au|à|al|a|hasta|fino a))\s*$/i;

function openStart(text: string): boolean {
  const r = firstDateRange(text);
  return !!r?.start && !r.end && !r.current;
}

function complete(side: string): boolean {
  const r = firstDateRange(normSide(side));
  return !!r && (!!r.end || !!r.current);
}

/** PDF bullets drawn as icons leave no glyph: an indented sentence under a header is a bullet. */
function indentedBullet(line: DocLine, left: number): boolean {
  return line.x > 0 && line.x >= left + 10 && line.x <= left + 80 && /^\p{Lu}/u.test(line.text) && line.text.split(/\s+/).length >= 4 && !firstDateRange(line.text);
}

export function prepareLines(lines: DocLine[]): Prepared[] {
  const out: Prepared[] = [];
  const left = Math.min(...lines.filter((l) => !l.bullet).map((l) => l.x));
  // The line whose side-column date is still being gathered ("févr." / "2022–oct." / "2022").
  let owner: Prepared | undefined;
  for (const line of lines) {
    if (isLabelNoise(line.text)) continue;
    const cells = [...line.cells];
    let bullet = line.bullet;
    let side = '';
    if (cells.length > 1 && isDateFragment(cells[0]) && !firstDateRange(cells.slice(1).join(' '))) {
      side = cells.shift() ?? '';
      const b = stripBullet(cells[0]);
      if (b.bullet) {
        bullet = true;
        cells[0] = b.text;
      }
    } else if (cells.length === 1 && isDateFragment(cells[0]) && owner) side = cells.shift() ?? '';
    else if (indentedBullet(line, left)) bullet = true;
    // A range cut after its dash ("2021 –" / "2025") carries on in the next row, whatever sits beside it.
    const dangling = !!owner && /(?:[-–—]|\bto|\bbis)\s*$/i.test(owner.side.trim());
    if (side && owner && !complete(owner.side) && (bullet || !cells.length || dangling)) {
      owner.side += ` ${side}`;
      side = '';
    }
    if (!cells.length || !cells[0]) continue;
    const prev = out[out.length - 1];
    // Cut after its dash ("03/2019 -" / "12/2024"), or with the dash opening the next line, read as a
    // bullet marker ("09/2012" / "- 12/2012").
    if (prev && prev.kind !== 'bullet' && !side && cells.length === 1 && isDateFragment(cells[0]) && openStart(prev.line.text)
      && (RANGE_TAIL.test(cells[0]) || RANGE_CUT.test(prev.line.text) || bullet)) {
      const tail = bullet && !RANGE_TAIL.test(cells[0]) && !RANGE_CUT.test(prev.line.text) ? `- ${cells[0]}` : cells[0];
      const joined = [...prev.line.cells.slice(0, -1), `${prev.line.cells[prev.line.cells.length - 1]} ${tail}`];
      prev.line = { ...prev.line, cells: joined, text: joined.join('\t') };
      continue;
    }
    const l = { ...line, cells, bullet, text: cells.join('\t') };
    // "Fort Wilfrid Institute of" / "Technology": a header wrapped after a function word.
    // A bullet wrapped onto a line of its own: "…knowledge-sharing" / "sessions", "… mit" / "MySQL …".
    // Not a date line, though: "mag 2022 – set 2023" starts in lower case too.
    if (prev && prev.kind === 'bullet' && !bullet && !side && (/^\p{Ll}/u.test(cells[0]) || CONTINUES.test(prev.line.text)) && !firstDateRange(cells.join(' '))) {
      const text = `${prev.line.text} ${cells.join(' ')}`;
      prev.line = { ...prev.line, cells: [text], text };
      continue;
    }
    // A sentence wrapped at the column edge: "…every day across" / "three regions." is not a header.
    if (prev && prev.kind === 'text' && !bullet && !side && /^\p{Ll}/u.test(cells[0]) && !firstDateRange(cells.join(' '))) {
      const text = `${prev.line.text} ${cells.join(' ')}`;
      prev.line = { ...prev.line, cells: [text], text };
      continue;
    }
    if (prev && prev.kind === 'head' && !bullet && !side && cells.length > 1) {
      // Two headers side by side, both wrapped: "X Institute of | Y Institute of" / "Technology | Technology".
      const texts = prev.line.cells.filter((c) => !isDateFragment(c));
      if (texts.length === cells.length && texts.every((c) => CONTINUES.test(c))) {
        let k = 0;
        const joined = prev.line.cells.map((c) => (isDateFragment(c) ? c : `${c} ${cells[k++]}`));
        prev.line = { ...prev.line, cells: joined, text: joined.join('\t') };
        continue;
      }
    }
    if (prev && prev.kind === 'head' && !bullet && cells.length === 1 && !side) {
      const first = prev.line.cells[0];
      const rest = prev.line.cells.slice(1);
      const wrapped = rest.every((c) => isDateFragment(c)) && (CONTINUES.test(first) || (/\p{Ll}-$/u.test(first) && /^\p{Ll}/u.test(cells[0])));
      if (wrapped) {
        const joined = first.endsWith('-') ? first.slice(0, -1) + cells[0] : `${first} ${cells[0]}`;
        prev.line = { ...prev.line, cells: [joined, ...rest], text: [joined, ...rest].join('\t') };
        continue;
      }
    }
    const kind = bullet ? 'bullet' : isProse(cells[0]) ? 'text' : 'head';
    const p: Prepared = { line: l, side, kind };
    if (side) owner = p;
    out.push(p);
  }
  return out;
}

