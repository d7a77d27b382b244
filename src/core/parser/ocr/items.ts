/**
 * OCR words become the same text runs the PDF layout reads, so columns, headings and cells are
 * found the same way on a scan. Evidence used: tesseract's line baseline and row height (the type
 * size), word boxes (gaps wider than a word space split a line into runs, as in a PDF), and word
 * confidence (words tesseract barely believes are specks and rules, not text).
 */
import type { Line } from 'tesseract.js';
import type { PdfItem } from '../extract/layout/rows';

const MIN_WORD_CONFIDENCE = 25;
/** A gap wider than this many row heights ends a run: a column or a tab stop, not a space. */
const RUN_GAP = 1.0;

export interface OcrItems {
  items: PdfItem[];
  words: number;
  confidenceSum: number;
}

/** Runs in page points; `scale` is points per image pixel. */
export function ocrItems(lines: Line[], scale: number): OcrItems {
  const out: OcrItems = { items: [], words: 0, confidenceSum: 0 };
  for (const line of lines) {
    const words = line.words.filter((w) => w.text.trim() && w.confidence >= MIN_WORD_CONFIDENCE);
    if (!words.length) continue;
    const rowHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
    const baseline = line.baseline?.y0 ?? line.bbox.y1;
    let run: typeof words = [];
    const flush = (): void => {
      if (!run.length) return;
      const x0 = run[0].bbox.x0;
      const x1 = run[run.length - 1].bbox.x1;
      out.items.push({ str: run.map((w) => w.text).join(' '), x: x0 * scale, y: baseline * scale, w: (x1 - x0) * scale, size: rowHeight * scale, font: 'ocr' });
      run = [];
    };
    for (const w of words) {
      out.words++;
      out.confidenceSum += w.confidence;
      const prev = run[run.length - 1];
      if (prev && w.bbox.x0 - prev.bbox.x1 > RUN_GAP * rowHeight) flush();
      run.push(w);
    }
    flush();
  }
  return out;
}
