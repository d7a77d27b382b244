import type { PdfItem } from '../extract/layout/rows';
import { cleanPage } from './cleanPage';
import { decodeImage } from './decodeImage';
import { MAX_OCR_PIXELS } from './pageImage';
import type { OcrSession } from './session';

/** An image file is taken as a page this many points wide (A4), whichever way it lies. */
export const PAGE_WIDTH_PT = 595;

/**
 * An image CV's text runs in page points and the upright page's width. PNG and JPEG are decoded
 * here and go the way of a scanned PDF page (enlarged when coarse, background flattened, turned
 * upright); other formats go to tesseract as they are.
 */
export async function readImageFile(bytes: Buffer, type: string, width: number, ocr: OcrSession): Promise<{ items: PdfItem[]; width: number }> {
  const grey = await decodeImage(bytes, type, MAX_OCR_PIXELS);
  if (!grey) return { items: await ocr.read(bytes, PAGE_WIDTH_PT / width), width: PAGE_WIDTH_PT };
  // A photo carries no trustworthy resolution: its shorter side is taken as the page's width.
  const dpi = (Math.min(grey.width, grey.height) * 72) / PAGE_WIDTH_PT;
  const { image, dpi: cleanDpi } = cleanPage(grey, dpi, MAX_OCR_PIXELS);
  return ocr.readScan(image, 72 / cleanDpi);
}
