/**
 * OCR words become the same text runs the PDF layout reads, so columns, headings and cells are
 * found the same way on a scan. Evidence used: word boxes (gaps wider than a word space split a
 * line into runs, as in a PDF; each run's own baseline and type size come from its words' boxes,
 * because tesseract often joins a sidebar line and a body line into one line of its own), and
 * word confidence (words tesseract barely believes are specks and rules, not text).
 */
import type { Line } from 'tesseract.js';
import type { PdfItem } from '../extract/layout/rows';
import { mendConfusions } from './confusions';
import { runBaseline, runSize } from './wordBoxes';

const MIN_WORD_CONFIDENCE = 25;
/** A line holding an e-mail address: its pattern vouches for words tesseract doubts. */
const EMAIL_LINE = /[\p{L}\d._%+-]@[\p{L}\d-]+\.\p{L}{2,}/u;
/** A gap wider than this many row heights ends a run: a column or a tab stop, not a space. */
const RUN_GAP = 1.0;
/** Glyphs tesseract reads bullets as, when they open a run of words. */
const BULLET_GLYPHS = /^[*°.·•oO»«■▪¢]$/u;
/** Marks that are never words: icons or bullets wherever tesseract finds them. */
const ICON_GLYPHS = /^[©®°•·■▪]$/u;
/** Marks that open a run only as an icon (inside one, an @ belongs to an e-mail address). */
const LEAD_ICONS = /^[@=]$/u;
const CAPS_HEADING = /^[\p{Lu}\s&/,-]+$/u;
/** An icon read as a mark glued to the capital word after it ("@PERSONAL"). */
const GLUED_ICON = /^[@©®°•*](?=\p{Lu}{2})/u;
/** A run's size beyond this many of tesseract's row heights is a box swollen by a drawing. */
const MAX_SIZE_OF_ROW = 1.3;
/** Runs tesseract is this unsure of, on average, are drawings (skill bars, logos), not text. */
const MIN_RUN_CONFIDENCE = 55;
/** A lone glyph this sure and a capital may be a word ("C" among skills); others are icons or specks. */
const LONE_GLYPH_CONFIDENCE = 90;

type Word = Line['words'][number];

export interface OcrItems {
  items: PdfItem[];
  words: number;
  confidenceSum: number;
}

/** A run of one glyph that is no word (an icon, a bullet alone, a speck) or of punctuation only (a rule). */
function isNoise(run: Word[]): boolean {
  const text = run.map((w) => w.text).join('');
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const unsure = run.reduce((n, w) => n + w.confidence, 0) / run.length < MIN_RUN_CONFIDENCE;
  // Addresses and links read with little confidence are still worth more than nothing.
  if (unsure && !/@|https?:|www\./.test(text) && !run.some((w) => w.text.length >= 4 && w.confidence >= 80)) return true;
  return run.length === 1 && [...text].length === 1 && !(/^[A-Z]$/.test(text) && run[0].confidence >= LONE_GLYPH_CONFIDENCE);
}

/**
 * The run's text, with a bullet glyph misread as a letter or mark written as a bullet; before a
 * heading (one capitalised word, or capitals) the glyph is the heading's icon, which a PDF's text
 * layer would not hold.
 */
function runText(run: Word[]): string {
  const texts = run.map((w) => w.text);
  const rest = texts.slice(1);
  const heading = rest.length === 1 ? /^\p{Lu}/u.test(rest[0]) : CAPS_HEADING.test(rest.join(' '));
  if (rest.length && (BULLET_GLYPHS.test(texts[0]) || ICON_GLYPHS.test(texts[0]) || LEAD_ICONS.test(texts[0]))) texts[0] = heading ? '' : '•';
  texts[0] = texts[0].replace(GLUED_ICON, '');
  // A bullet or icon inside a run (after a date) is no word either.
  return mendConfusions(texts.filter((t, i) => t && !(i > 0 && ICON_GLYPHS.test(t))).join(' '));
}

function splitRuns(words: Word[], rowHeight: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of words) {
    const prev = run[run.length - 1];
    if (prev && w.bbox.x0 - prev.bbox.x1 > RUN_GAP * rowHeight) {
      runs.push(run);
      run = [];
    }
    run.push(w);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Runs in page points; `scale` is points per image pixel. */
export function ocrItems(lines: Line[], scale: number): OcrItems {
  const out: OcrItems = { items: [], words: 0, confidenceSum: 0 };
  for (const line of lines) {
    const vouched = EMAIL_LINE.test(line.words.map((w) => w.text).join(' '));
    const words = line.words.filter((w) => w.text.trim() && (vouched || w.confidence >= MIN_WORD_CONFIDENCE));
    if (!words.length) continue;
    const rowHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
    for (const run of splitRuns(words, rowHeight)) {
      if (isNoise(run)) continue;
      for (const w of run) {
        out.words++;
        out.confidenceSum += w.confidence;
      }
      const x0 = run[0].bbox.x0;
      const x1 = run[run.length - 1].bbox.x1;
      // Boxes swollen by a drawing beside the words (a skill bar) must not make a heading.
      const size = Math.min(runSize(run) ?? rowHeight, MAX_SIZE_OF_ROW * rowHeight);
      out.items.push({ str: runText(run), x: x0 * scale, y: runBaseline(run, size) * scale, w: (x1 - x0) * scale, size: size * scale, font: 'ocr' });
    }
  }
  return out;
}
