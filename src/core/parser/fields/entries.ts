/**
 * Splits a work or education section into entries. Evidence: date ranges in a line, a cell or a
 * date column (also wrapped over rows), bullets and indentation, header lines above the first date,
 * sentences against short header lines.
 */
import { type DocLine, stripBullet } from '../document';
import { type DateRange, firstDateRange, isDateFragment } from './dates';
import { isLabelNoise } from './noise';

/** One dated block of a work or education section. */
export interface RawEntry {
  /** Header texts (title, company, school, degree lines) with the dates cut out, cell by cell. */
  head: string[];
  range?: DateRange;
  bullets: string[];
  description: string[];
}

interface Prepared {
  line: DocLine;
  /** Date text from a side column (moderncv), gathered over the rows it wraps into. */
  side: string;
  kind: 'head' | 'bullet' | 'text';
}

/** A sentence rather than a header: long, or many lower-case words, or ends with a full stop. */
function isProse(s: string): boolean {
  // "Title — Company", "Title | Company": a header joined by a separator, not a sentence.
  if (s.length <= 90 && /\s[—–|·@]\s/.test(s) && !/[.!?]$/.test(s)) return false;
  const words = s.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return s.length > 90 || (words.length >= 6 && lower / words.length > 0.4);
}

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

function normSide(side: string): string {
  return side.replace(/\s*([–-])\s*/g, ' $1 ');
}

/** PDF bullets drawn as icons leave no glyph: an indented sentence under a header is a bullet. */
function indentedBullet(line: DocLine, left: number): boolean {
  return line.x > 0 && line.x >= left + 10 && line.x <= left + 80 && /^\p{Lu}/u.test(line.text) && line.text.split(/\s+/).length >= 4 && !firstDateRange(line.text);
}

function prepare(lines: DocLine[]): Prepared[] {
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

function dateOnly(p: Prepared): boolean {
  return !p.side && isDateFragment(p.line.text.replace(/\t/g, ' '));
}

function rangeOf(p: Prepared): DateRange | undefined {
  return firstDateRange(p.line.text) ?? (p.side ? firstDateRange(normSide(p.side)) : undefined);
}

function cutDates(text: string, r: DateRange | undefined): string {
  if (!r || r.index + r.length > text.length) return text;
  return (text.slice(0, r.index) + text.slice(r.index + r.length)).replace(/\s*(?:\(\s*\)|\[\s*\])/g, '').replace(/\s*[|·•,–-]?\s*$/, '').replace(/^\s*[|·•,–-]\s*/, '').trim();
}

function headCells(p: Prepared, r?: DateRange): string[] {
  const out: string[] = [];
  for (const cell of p.line.cells) {
    const cr = firstDateRange(cell);
    const t = cr && r && cr.start === r.start ? cutDates(cell, cr) : cell;
    if (t && !/^[|·•,–-]$/.test(t)) out.push(t);
  }
  return out;
}

/**
 * Splits a section into entries around their dates. The number of header lines above the
 * first date tells where each later entry begins.
 */
export function splitEntries(lines: DocLine[]): RawEntry[] {
  const items = prepare(lines);
  const dated = items.map((p) => (p.kind !== 'bullet' ? rangeOf(p) : undefined));
  const firstDated = dated.findIndex(Boolean);
  if (firstDated < 0) return splitUndated(items);
  let before = 0;
  for (let i = firstDated - 1; i >= 0 && items[i].kind === 'head'; i--) before++;
  before = Math.min(before, 3);
  // A date alone on its line closes the header above it, unless the section puts its dates first.
  const dateFirst = firstDated === 0 && dateOnly(items[0]);
  // Entry starts: for each dated line, step back over up to `before` header lines.
  const starts: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!dated[i]) continue;
    // Header lines right after the previous entry's bullets belong to this entry, whatever the first one did.
    let run = 0;
    while (run < 3 && i - run - 1 >= 0 && items[i - run - 1].kind === 'head' && !dated[i - run - 1]) run++;
    const afterBody = i - run - 1 < 0 ? starts.length === 0 : items[i - run - 1].kind !== 'head';
    const s = i - (afterBody && starts.length ? run : Math.max(Math.min(run, before), !dateFirst && run && dateOnly(items[i]) ? 1 : 0));
    if (starts.length && s <= starts[starts.length - 1]) continue;
    starts.push(s);
  }
  if (starts[0] > 0 && starts[0] <= 3) starts[0] = 0;
  return starts.map((s, k) => toEntry(items.slice(s, starts[k + 1] ?? items.length)));
}

function toEntry(block: Prepared[]): RawEntry {
  const e: RawEntry = { head: [], bullets: [], description: [] };
  let headDone = false;
  for (const p of block) {
    const r = p.kind !== 'bullet' ? rangeOf(p) : undefined;
    if (r && !e.range) e.range = r;
    if (p.kind === 'bullet') {
      e.bullets.push(p.line.text.replace(/\t/g, ' '));
      headDone = true;
    } else if (headDone && e.bullets.length && /^\p{Ll}/u.test(p.line.text) && p.kind !== 'head') {
      e.bullets[e.bullets.length - 1] += ` ${p.line.text.replace(/\t/g, ' ')}`;
    } else if (p.kind === 'text' || headDone) {
      const cells = headCells(p, e.range);
      if (p.kind === 'head' && !headDone) e.head.push(...cells);
      else if (cells.length) e.description.push(cells.join(' '));
    } else {
      const cells = headCells(p, r ?? e.range);
      // Prose beside the header (a description in a right-hand cell) is not header text.
      for (const c of cells) (isProse(c) ? e.description : e.head).push(c);
    }
  }
  return e;
}

function splitUndated(items: Prepared[]): RawEntry[] {
  const out: RawEntry[] = [];
  let cur: Prepared[] = [];
  for (const p of items) {
    if (p.kind === 'head' && cur.some((c) => c.kind !== 'head') || (p.line.gapAbove > 1.6 && cur.length)) {
      out.push(toEntry(cur));
      cur = [];
    }
    cur.push(p);
  }
  if (cur.length) out.push(toEntry(cur));
  return out;
}
