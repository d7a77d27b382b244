/**
 * Type size and baseline of a run of OCR words from the boxes of its words alone. A word's box
 * spans its glyphs' ink, so its height is a share of the type size that depends on its letters:
 * about 0.95 with ascenders and descenders ("Spanish"), 0.72 with only one of them ("Senior",
 * "gym"), 0.5 for x-height letters ("source"). Dividing by that share gives sizes a heading can
 * be told from body text by, as the font size does in a PDF.
 */
import type { Line } from 'tesseract.js';

type Word = Line['words'][number];

const ASCENDER = /[\p{Lu}\p{N}bdfhklt&@#%/()[\]{}|!?ßàáâäèéêëìíîïòóôöùúûüñç]/u;
const DESCENDER = /[gjpqyQ()[\]{}|ç]/u;
const MEANINGFUL = /[\p{L}\p{N}]/u;

function inkShare(text: string): number | undefined {
  if (!MEANINGFUL.test(text)) return undefined;
  const up = ASCENDER.test(text);
  const down = DESCENDER.test(text);
  if (up && down) return 0.95;
  if (up || down) return 0.72;
  return 0.5;
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The run's type size in image pixels, or undefined when no word has letters or digits. */
export function runSize(run: Word[]): number | undefined {
  const sizes: number[] = [];
  for (const w of run) {
    const share = inkShare(w.text);
    if (share !== undefined && w.bbox.y1 > w.bbox.y0) sizes.push((w.bbox.y1 - w.bbox.y0) / share);
  }
  return median(sizes);
}

/** The run's baseline in image pixels: where its words without descenders end. */
export function runBaseline(run: Word[], size: number): number {
  const flat = run.filter((w) => MEANINGFUL.test(w.text) && !DESCENDER.test(w.text) && !/[,;]$/.test(w.text)).map((w) => w.bbox.y1);
  // Words that all reach below the line (commas, descenders) sit about a fifth of the size lower.
  return median(flat) ?? Math.min(...run.map((w) => w.bbox.y1)) - 0.2 * size;
}
