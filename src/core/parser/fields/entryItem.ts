/**
 * One line of a work or education section, ready to split into entries: its kind and the date text
 * a side column sets beside it. Evidence: bullets, sentences against short header lines, and the
 * date range found in the line or its side column.
 */
import type { DocLine } from '../document';
import { type DateRange, firstDateRange, isDateFragment } from './dates';

export interface Prepared {
  line: DocLine;
  /** Date text from a side column (moderncv), gathered over the rows it wraps into. */
  side: string;
  kind: 'head' | 'bullet' | 'text';
}

/** A sentence rather than a header: long, or many lower-case words, or ends with a full stop. */
export function isProse(s: string): boolean {
  // "Title — Company", "Title | Company": a header joined by a separator, not a sentence.
  if (s.length <= 90 && /\s[—–|·@]\s/.test(s) && !/[.!?]$/.test(s)) return false;
  // "Développeur au sein de Dupont SAS": a title joined to its company by a word, not a sentence.
  if (s.length <= 60 && /^\p{Lu}\S*(?:\s\S+){0,3}\s(?:at|bei|chez|au sein de|presso)\s\p{Lu}/u.test(s) && !/[.!?]$/.test(s)) return false;
  const words = s.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return s.length > 90 || (words.length >= 6 && lower / words.length > 0.4);
}

export function normSide(side: string): string {
  return side.replace(/\s*([–-])\s*/g, ' $1 ');
}

export function dateOnly(p: Prepared): boolean {
  return !p.side && isDateFragment(p.line.text.replace(/\t/g, ' '));
}

export function rangeOf(p: Prepared): DateRange | undefined {
  return firstDateRange(p.line.text) ?? (p.side ? firstDateRange(normSide(p.side)) : undefined);
}

function cutDates(text: string, r: DateRange | undefined): string {
  if (!r || r.index + r.length > text.length) return text;
  return (text.slice(0, r.index) + text.slice(r.index + r.length)).replace(/\s*(?:\(\s*\)|\[\s*\])/g, '').replace(/\s*[|·•,–-]?\s*$/, '').replace(/^\s*[|·•,–-]\s*/, '').trim();
}

export function headCells(p: Prepared, r?: DateRange): string[] {
  const out: string[] = [];
  for (const cell of p.line.cells) {
    const cr = firstDateRange(cell);
    const t = cr && r && cr.start === r.start ? cutDates(cell, cr) : cell;
    if (t && !/^[|·•,–-]$/.test(t)) out.push(t);
  }
  return out;
}

