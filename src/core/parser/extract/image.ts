/**
 * Photographed or scanned CVs saved as image files (PNG, JPEG, TIFF, WebP): read by OCR and laid
 * out by the same page layout as PDF text, as one page of A4 width (ocr/imageFile.ts).
 */
import { imageSize } from 'image-size';
import { CvParseError } from '../errors';
import type { ExtractedDoc } from '../document';
import { readImageFile } from '../ocr/imageFile';
import { MAX_OCR_PIXELS } from '../ocr/pageImage';
import type { OcrSession } from '../ocr/session';
import { layoutPage } from './pdfLayout';
import { joinHyphens } from './layout/hyphens';

export const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'];
/** The formats image-size names for the extensions above. */
const ACCEPTED = new Set(['png', 'jpg', 'tiff', 'webp']);

function dimensions(bytes: Uint8Array): { width: number; height: number; type: string } {
  let size;
  try {
    size = imageSize(bytes);
  } catch {
    throw new CvParseError('not a readable image (PNG, JPEG, TIFF or WebP)');
  }
  if (!ACCEPTED.has(size.type ?? '') || !size.width || !size.height) throw new CvParseError('not a readable image (PNG, JPEG, TIFF or WebP)');
  if (size.width * size.height > MAX_OCR_PIXELS) throw new CvParseError(`image too large to read (${size.width} × ${size.height} pixels)`);
  return { width: size.width, height: size.height, type: size.type ?? '' };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}

export async function extractImage(bytes: Uint8Array, ocr: OcrSession): Promise<ExtractedDoc> {
  const { width, type } = dimensions(bytes);
  if (!ocr.enabled) throw new CvParseError('this CV is an image and OCR is turned off');
  const page = await readImageFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), type, width, ocr);
  const items = page.items;
  const r = layoutPage(items, page.width, 1, new Set());
  joinHyphens(r.lines);
  const warnings = r.twoColumn ? ['two-column layout guessed: the columns were read one after the other'] : [];
  return { lines: r.lines, links: [], warnings, bodySize: Math.round(median(items.map((i) => i.size)) * 2) / 2, notes: r.notes.map((n) => `page 1: ${n}`), ocr: ocr.summary() };
}
