import type { getDocumentProxy } from 'unpdf';
import { CvParseError } from '../errors';
import type { PdfItem } from '../extract/layout/rows';
import { pageScan } from './pageImage';
import type { OcrSession } from './session';

type PdfDoc = Awaited<ReturnType<typeof getDocumentProxy>>;

/** A scanned page's text runs in page points, or undefined when the page paints no picture. */
export async function ocrPdfPage(doc: PdfDoc, n: number, pageWidth: number, ocr: OcrSession): Promise<PdfItem[] | undefined> {
  const page = await doc.getPage(n);
  try {
    let scan;
    try {
      scan = await pageScan(page);
    } catch (err) {
      throw new CvParseError(`page ${n}: ${(err as Error).message}`);
    }
    return scan && (await ocr.read(scan.pnm, pageWidth / scan.width));
  } finally {
    page.cleanup();
  }
}
