/**
 * Words tesseract could not segment. Where a line of large type (a name) sits beside a column of
 * small lines (phone, e-mail), tesseract's layout can fold the small lines into the large one and
 * read the lot as one doubtful "word" whose box is far wider than its few letters. Such a box is
 * read again on its own, as a block, where its lines come apart.
 */
import type { Line } from 'tesseract.js';
import type { Region } from './engine';

type Word = Line['words'][number];

/** Below this confidence a word is worth a second look. */
const DOUBTFUL = 50;
/** A box wider than this many row heights per letter holds more than the letters read in it. */
const SWOLLEN_PER_CHAR = 1.2;
/** Second readings per page, to bound the time a page of specks could take. */
const MAX_REREADS = 4;
/** Margin around the box, in row heights, so the letters at its edges are whole. */
const PAD = 0.2;

export interface Doubt {
  line: Line;
  word: Word;
  region: Region;
}

export function doubtfulWords(lines: Line[], width: number, height: number): Doubt[] {
  const out: Doubt[] = [];
  for (const line of lines) {
    const rowHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
    for (const word of line.words) {
      const { x0, y0, x1, y1 } = word.bbox;
      const letters = Math.max(1, [...word.text.trim()].length);
      if (word.confidence >= DOUBTFUL || x1 - x0 <= SWOLLEN_PER_CHAR * letters * rowHeight) continue;
      const pad = Math.round(PAD * rowHeight);
      const left = Math.max(0, x0 - pad);
      const top = Math.max(0, y0 - pad);
      const region = { left, top, width: Math.min(width, x1 + pad) - left, height: Math.min(height, y1 + pad) - top };
      out.push({ line, word, region });
      if (out.length === MAX_REREADS) return out;
    }
  }
  return out;
}
