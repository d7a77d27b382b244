import type { getDocumentProxy } from 'unpdf';
import { CvParseError } from '../errors';
import type { PdfItem } from '../extract/layout/rows';
import { cleanPage } from './cleanPage';
import { MAX_OCR_PIXELS, pageScan } from './pageImage';
import type { OcrSession } from './session';

type PdfDoc = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * A scanned page's text runs in page points and the upright page's width (a page scanned
 * sideways is read turned), or undefined when the page paints no picture.
 */
export async function ocrPdfPage(doc: PdfDoc, n: number, pageWidth: number, ocr: OcrSession): Promise<{ items: PdfItem[]; width: number } | undefined> {
  const page = await doc.getPage(n);
  try {
    let scan;
    try {
      scan = await pageScan(page);
    } catch (err) {
      throw new CvParseError(`page ${n}: ${(err as Error).message}`);
    }
    if (!scan) return undefined;
    const { image } = cleanPage(scan, (scan.width * 72) / pageWidth, MAX_OCR_PIXELS);
    return await ocr.readScan(image, pageWidth / image.width);
  } finally {
    page.cleanup();
  }
}
