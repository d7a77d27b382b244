/**
 * The picture of a scanned PDF page, straight from pdf.js's operator list: the largest image the
 * page paints, decoded by pdf.js (JPEG, Flate, CCITT, JBIG2) at its own resolution, as 8-bit grey.
 */
import type { getDocumentProxy } from 'unpdf';
import type { GreyImage } from './pgm';

type PDFPageProxy = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;

/** pdf.js operator codes (OPS) and image kinds (ImageKind) this reads. */
const PAINT_IMAGE = 85;
const PAINT_INLINE_IMAGE = 86;
const GRAY_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;
/** Beyond this many pixels an image is not decoded (a 10,000 × 10,000 scan would take gigabytes). */
export const MAX_OCR_PIXELS = 40_000_000;

interface PdfImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

function imageObject(page: PDFPageProxy, id: string): Promise<PdfImage | undefined> {
  const objs = id.startsWith('g_') ? (page as unknown as { commonObjs: typeof page.objs }).commonObjs : page.objs;
  return new Promise((resolve) => objs.get(id, (img: unknown) => resolve(img as PdfImage | undefined)));
}

function grey(img: PdfImage): GreyImage | undefined {
  const { width, height, kind, data } = img;
  if (!data || !width || !height) return undefined;
  const out = new Uint8Array(width * height);
  if (kind === GRAY_1BPP) {
    // Rows are padded to whole bytes; a set bit is white.
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = data[y * stride + (x >> 3)] & (0x80 >> (x & 7)) ? 255 : 0;
  } else if (kind === RGB_24BPP || kind === RGBA_32BPP) {
    const step = kind === RGB_24BPP ? 3 : 4;
    for (let i = 0, j = 0; i < out.length; i++, j += step) out[i] = (data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29) >> 8;
  } else return undefined;
  return { width, height, pixels: out };
}

/** The page's largest painted image, or undefined when it paints none that can be read. */
export async function pageScan(page: PDFPageProxy): Promise<GreyImage | undefined> {
  const ops = await page.getOperatorList();
  let best: PdfImage | undefined;
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    if (fn !== PAINT_IMAGE && fn !== PAINT_INLINE_IMAGE) continue;
    const arg = (ops.argsArray[k] as unknown[])[0];
    const img = fn === PAINT_IMAGE ? await imageObject(page, String(arg)) : (arg as PdfImage);
    if (img && img.width * img.height > (best ? best.width * best.height : 0)) best = img;
  }
  if (!best) return undefined;
  if (best.width * best.height > MAX_OCR_PIXELS) throw new Error(`the scanned page is too large to read (${best.width} × ${best.height} pixels)`);
  return grey(best);
}
