/**
 * Pages scanned sideways or upside down. The LSTM-only core has no orientation detector (OSD needs
 * the legacy engine), so the page's first reading is judged instead: on an upright page most
 * words tesseract is sure of are words of the CV's languages; on a page turned by 90 or 180
 * degrees almost none are. Only then are the other three turns tried, each on a band across the
 * middle of the page, and the one that reads most real words wins.
 */
import type { Line } from 'tesseract.js';
import type { GreyImage } from './pgm';

const WORD_RE = /^\p{L}*[aeiouyäöüàâéèêëîïôûùáíóúñ]\p{L}*$/iu;
const SURE = 60;
/** An upright page's share of real words is 0.7-0.9, a sideways one's under 0.1. */
const UPRIGHT_SHARE = 0.4;

/** Words tesseract is sure of that are words of a language, and all word-like tokens. */
export function realWords(lines: Line[]): { real: number; tokens: number } {
  let real = 0;
  let tokens = 0;
  for (const w of lines.flatMap((l) => l.words)) {
    const t = w.text.replace(/[.,;:()|"'!?]/g, '');
    if (t.replace(/[^\p{L}\p{N}]/gu, '').length < 3) continue;
    tokens++;
    if (WORD_RE.test(t) && w.confidence >= SURE) real++;
  }
  return { real, tokens };
}

/** Whether a page's reading looks like that of a turned page (or of no text at all). */
export function looksTurned(lines: Line[]): boolean {
  const { real, tokens } = realWords(lines);
  const words = lines.reduce((n, l) => n + l.words.length, 0);
  if (tokens < 10) return words >= 30;
  return real < UPRIGHT_SHARE * tokens;
}

/** The image turned clockwise by `quarter` quarter turns. */
export function turn(img: GreyImage, quarter: number): GreyImage {
  const q = ((quarter % 4) + 4) % 4;
  if (q === 0) return img;
  const { width: w, height: h, pixels: p } = img;
  const out = new Uint8Array(p.length);
  const W = q === 2 ? w : h;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = p[y * w + x];
      if (q === 1) out[x * W + (h - 1 - y)] = v;
      else if (q === 2) out[(h - 1 - y) * W + (w - 1 - x)] = v;
      else out[(w - 1 - x) * W + y] = v;
    }
  }
  return { width: W, height: q === 2 ? h : w, pixels: out };
}

/**
 * A band across the middle of the page (a third of its height), where a CV has running text, at
 * half the resolution when the page is finer than needed to tell words from noise.
 */
export function middleBand(img: GreyImage, fine: boolean): GreyImage {
  const y0 = Math.floor(img.height / 3);
  const h = Math.max(1, Math.floor(img.height / 3));
  const band = { width: img.width, height: h, pixels: img.pixels.slice(y0 * img.width, (y0 + h) * img.width) };
  return fine ? halve(band) : band;
}

/** Half the size: each pixel the mean of four. */
function halve(img: GreyImage): GreyImage {
  const W = Math.floor(img.width / 2);
  const H = Math.floor(img.height / 2);
  const out = new Uint8Array(W * H);
  const p = img.pixels;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = 2 * y * img.width + 2 * x;
      out[y * W + x] = (p[i] + p[i + 1] + p[i + img.width] + p[i + img.width + 1]) >> 2;
    }
  }
  return { width: W, height: H, pixels: out };
}
