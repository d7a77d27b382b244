import { LOW_OCR_CONFIDENCE } from '../../core/parser/ocr/lowConfidence';
import type { CvRecord } from '../../core/queue/cvRecord';

/** The mark beside a completed CV that was read by OCR; none for a CV with a text layer. */
export function ocrMark(cv: CvRecord): string | undefined {
  return cv.status === 'completed' && cv.ocrPages !== undefined ? 'OCR' : undefined;
}

/**
 * The tooltip's line for a CV read by OCR: pages and mean confidence, and a warning when the
 * confidence is below the parser's own threshold for checking the fields.
 */
export function ocrTooltipLine(cv: CvRecord): string | undefined {
  if (!ocrMark(cv)) return undefined;
  const pages = cv.ocrPages ?? 0;
  const confidence = cv.ocrConfidence ?? 0;
  const line = `${pages} page${pages === 1 ? '' : 's'}, mean confidence ${Math.round(confidence * 100)} %`;
  return confidence < LOW_OCR_CONFIDENCE ? `${line} (low: check the fields against the document)` : line;
}
