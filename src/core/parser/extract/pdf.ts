import { getDocumentProxy } from 'unpdf';
import { CvParseError } from '../errors';
import type { ExtractedDoc } from '../document';
import { joinPageColumns } from './layout/pageColumns';
import { layoutPage } from './pdfLayout';
import { joinHyphens } from './layout/hyphens';
import type { PdfItem } from './layout/rows';
import { withActualText } from './layout/actualText';
import { ocrPdfPage } from '../ocr/pdfPage';
import type { OcrSession } from '../ocr/session';
import { needsOcr } from '../ocr/textLayer';
import { checkPdfStreams } from './pdfStreams';

type PdfDoc = Awaited<ReturnType<typeof getDocumentProxy>>;

const MAX_PAGES = 30;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

async function open(bytes: Uint8Array): Promise<PdfDoc> {
  if (!hasPdfHeader(bytes)) throw new CvParseError('not a PDF file');
  checkPdfStreams(bytes);
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  } catch (err) {
    throw pdfError(err);
  }
}

export function pdfError(err: unknown): CvParseError {
  if (err instanceof CvParseError) return err;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new CvParseError('encrypted PDF (password protected)');
  const detail = (e?.message ?? String(err)).split('\n')[0];
  if (e?.name === 'InvalidPDFException') return new CvParseError(`damaged PDF: ${detail}`);
  return new CvParseError(`could not read this PDF: ${detail}`);
}

interface PageText {
  items: PdfItem[];
  width: number;
  links: string[];
}

/**
 * Link targets straight from the file's bytes. When no objects are compressed into object
 * streams and nothing is encrypted, every annotation's /URI is readable there, which is much
 * cheaper than asking pdf.js for each page's annotations. Undefined when that does not hold.
 */
export function rawLinkUris(bytes: Uint8Array): string[] | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (text.includes('/ObjStm') || text.includes('/Encrypt')) return undefined;
  const out: string[] = [];
  for (const m of text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)) out.push(m[1].replace(/\\(.)/g, '$1'));
  return out;
}

async function readPage(doc: PdfDoc, n: number, withLinks: boolean): Promise<PageText> {
  const page = await doc.getPage(n);
  const [x0, , x1, y1] = page.view;
  // pdf.js's own normalisation is slow; the text is cleaned later anyway.
  const content = await page.getTextContent({ disableNormalization: true, includeMarkedContent: true });
  const items: PdfItem[] = [];
  for (const raw of withActualText<Extract<(typeof content.items)[number], { str: string }>>(content.items)) {
    if (!('str' in raw) || !raw.str) continue;
    const [a, b, c, d, e, f] = raw.transform as number[];
    // Rotated text (watermarks, vertical labels) is not part of the reading flow.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
    items.push({ str: raw.str, x: e - x0, y: y1 - f, w: raw.width, size: Math.abs(d) || Math.abs(a), font: raw.fontName });
  }
  const links: string[] = [];
  try {
    for (const a of withLinks ? await page.getAnnotations() : []) {
      const url = (a as { url?: unknown }).url;
      if (a.subtype === 'Link' && typeof url === 'string') links.push(url);
    }
  } catch {
    // A broken annotation array loses the links, not the text.
  }
  page.cleanup();
  return { items, width: x1 - x0 || 595, links };
}

/** The body font is the one with most characters; fonts used only for short runs mark emphasis. */
function emphasisFonts(pages: PageText[]): Set<string> {
  const chars = new Map<string, number>();
  for (const p of pages) for (const i of p.items) chars.set(i.font, (chars.get(i.font) ?? 0) + i.str.length);
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return new Set([...chars.keys()].filter((f) => f !== body));
}

function bodySize(pages: PageText[]): number {
  const bySize = new Map<number, number>();
  for (const p of pages) {
    for (const i of p.items) {
      const s = Math.round(i.size * 2) / 2;
      bySize.set(s, (bySize.get(s) ?? 0) + i.str.length);
    }
  }
  return [...bySize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

function countBy(xs: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export async function extractPdf(bytes: Uint8Array, ocr?: OcrSession): Promise<ExtractedDoc> {
  const doc = await open(bytes);
  try {
    const warnings: string[] = [];
    const pages: PageText[] = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    if (doc.numPages > MAX_PAGES) warnings.push(`only the first ${MAX_PAGES} of ${doc.numPages} pages were read`);
    const raw = rawLinkUris(bytes);
    for (let n = 1; n <= count; n++) {
      const page = await readPage(doc, n, raw === undefined);
      // A page without a usable text layer is a scan: its picture is read instead.
      const scanned = ocr?.enabled && needsOcr(page.items) ? await ocrPdfPage(doc, n, page.width, ocr) : undefined;
      if (scanned) Object.assign(page, scanned);
      pages.push(page);
    }
    const emphasis = emphasisFonts(pages);
    const notes: string[] = [];
    const laid = pages.map((p, i) => ({ result: layoutPage(p.items, p.width, i + 1, emphasis), width: p.width }));
    laid.forEach(({ result }, i) => notes.push(...result.notes.map((n) => `page ${i + 1}: ${n}`)));
    const twoColumn = laid.some((p) => p.result.twoColumn);
    const { lines, joined } = joinPageColumns(laid);
    for (const page of joined) notes.push(`page ${page}: its columns go on from the same columns of page ${page - 1}`);
    for (const [page, n] of countBy(joinHyphens(lines))) notes.push(`page ${page}: ${n} word(s) broken by a hyphen at a line end rejoined`);
    if (twoColumn) warnings.push('two-column layout guessed: the columns were read one after the other');
    const runs = pages.flatMap((p, i) => p.items.map(({ str, x, y, w, size }) => ({ page: i + 1, str, x, y, w, size })));
    return { lines, links: raw ?? pages.flatMap((p) => p.links), warnings, bodySize: bodySize(pages), notes, ocr: ocr?.summary(), runs };
  } catch (err) {
    throw pdfError(err);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
