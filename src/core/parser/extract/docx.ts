import mammoth from 'mammoth';
import { CvParseError } from '../errors';
import type { ExtractedDoc } from '../document';
import { htmlToLines } from './html';
import { zipEntryNames } from './zip';

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDoc> {
  const names = zipEntryNames(bytes, 'DOCX');
  if (!names.includes('word/document.xml')) throw new CvParseError('not a valid DOCX file (no word/document.xml inside)');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true })).value;
  } catch (err) {
    throw new CvParseError(`not a valid DOCX file: ${((err as Error).message ?? String(err)).split('\n')[0]}`);
  }
  const links: string[] = [];
  const lines = htmlToLines(html, links);
  return { lines, links, warnings: [], bodySize: 10 };
}
