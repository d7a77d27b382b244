import path from 'node:path';
import { CvParseError } from '../errors';
import type { ExtractedDoc } from '../document';
import { extractDocx } from './docx';
import { extractImage, IMAGE_TYPES } from './image';
import { extractOdt } from './odt';
import { extractPdf } from './pdf';
import { extractRtf } from './rtf';
import { extractText } from './text';
import { OcrSession, type OcrOptions } from '../ocr/session';

export const SUPPORTED = ['.pdf', '.docx', '.odt', '.rtf', '.txt', '.md', '.markdown', '.text', ...IMAGE_TYPES];

/** Picks the reader by the file's extension, checked against its first bytes. */
export async function extractDocument(bytes: Uint8Array, fileName: string, ocr: OcrOptions = {}): Promise<ExtractedDoc> {
  const ext = path.extname(fileName).toLowerCase();
  if (IMAGE_TYPES.includes(ext)) return extractImage(bytes, new OcrSession(ocr));
  switch (ext) {
    case '.pdf':
      return extractPdf(bytes, new OcrSession(ocr));
    case '.docx':
      return extractDocx(bytes);
    case '.odt':
      return extractOdt(bytes);
    case '.rtf':
      return extractRtf(bytes);
    case '.txt':
    case '.text':
      return extractText(bytes, false);
    case '.md':
    case '.markdown':
      return extractText(bytes, true);
    default:
      throw new CvParseError(`unsupported file type "${ext || fileName}" (supported: PDF, DOCX, ODT, RTF, TXT, MD, PNG, JPEG, TIFF, WebP)`);
  }
}
