/**
 * PNG and JPEG files decoded to grey pixels in JavaScript, so a photographed or scanned image CV
 * is cleaned and turned upright like a page of a scanned PDF. The decoders are loaded on first
 * use: a queue of PDFs never reads them. TIFF and WebP are left to tesseract's own reader.
 */
import { CvParseError } from '../errors';
import type { GreyImage } from './pgm';

const DAMAGED = 'damaged image: it could not be decoded (truncated or corrupt file?)';

/** Grey from interleaved samples of `channels` per pixel; transparency counts as white paper. */
function toGrey(data: Uint8Array, width: number, height: number, channels: number): GreyImage {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += channels) {
    const luma = channels >= 3 ? (data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29) >> 8 : data[j];
    const alpha = channels === 4 ? data[j + 3] : channels === 2 ? data[j + 1] : 255;
    out[i] = (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return { width, height, pixels: out };
}

async function decodePng(bytes: Buffer): Promise<GreyImage> {
  const { PNG } = await import('pngjs');
  const png = PNG.sync.read(bytes);
  return toGrey(png.data, png.width, png.height, 4);
}

async function decodeJpeg(bytes: Buffer, maxPixels: number): Promise<GreyImage> {
  const { decode } = await import('jpeg-js');
  // Not tolerant: a truncated file must fail with its reason rather than read as a grey page.
  const jpg = decode(bytes, { useTArray: true, formatAsRGBA: false, tolerantDecoding: false, maxResolutionInMP: maxPixels / 1e6, maxMemoryUsageInMB: 1024 });
  return toGrey(jpg.data, jpg.width, jpg.height, jpg.data.length / (jpg.width * jpg.height));
}

/** The image as grey pixels, or undefined for a format tesseract reads better itself. */
export async function decodeImage(bytes: Buffer, type: string, maxPixels: number): Promise<GreyImage | undefined> {
  if (type !== 'png' && type !== 'jpg') return undefined;
  try {
    return type === 'png' ? await decodePng(bytes) : await decodeJpeg(bytes, maxPixels);
  } catch {
    throw new CvParseError(DAMAGED);
  }
}
