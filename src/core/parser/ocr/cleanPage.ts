/**
 * Prepares a scanned page for tesseract, which reads best at about 300 dpi on a white page:
 * a coarse scan is enlarged (tesseract's models lose small print below ~20 pixel x-height), and
 * the page is divided by its local background (the brightest pixel nearby), so shaded sidebars,
 * grey paper and uneven lighting become white while the ink keeps its contrast. Tesseract's own
 * global threshold otherwise drops text printed on a tinted panel.
 */
import type { GreyImage } from './pgm';

/** Below this resolution a page is enlarged twice over. */
const UPSCALE_BELOW_DPI = 220;
/** The background window, in inches: wider than any stroke of heading type. */
const WINDOW_INCHES = 0.25;

/** Twice the size, bilinear, so strokes stay smooth for the recognizer. */
function upscale2(img: GreyImage): GreyImage {
  const { width: w, height: h, pixels: p } = img;
  const W = w * 2;
  const H = h * 2;
  const out = new Uint8Array(W * H);
  for (let Y = 0; Y < H; Y++) {
    const sy = Math.min(Math.max((Y - 0.5) / 2, 0), h - 1);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, h - 1);
    const fy = sy - y0;
    for (let X = 0; X < W; X++) {
      const sx = Math.min(Math.max((X - 0.5) / 2, 0), w - 1);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, w - 1);
      const fx = sx - x0;
      const top = p[y0 * w + x0] * (1 - fx) + p[y0 * w + x1] * fx;
      const bottom = p[y1 * w + x0] * (1 - fx) + p[y1 * w + x1] * fx;
      out[Y * W + X] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width: W, height: H, pixels: out };
}

/** Sliding maximum over `r` pixels either side along one axis (van Herk / Gil-Werman, O(n)). */
function maxAlong(src: Uint8Array, n: number, count: number, stride: number, step: number, r: number): Uint8Array {
  const out = new Uint8Array(src.length);
  const k = 2 * r + 1;
  const g = new Uint8Array(n + k);
  const hh = new Uint8Array(n + k);
  for (let line = 0; line < count; line++) {
    const base = line * stride;
    const at = (i: number): number => (i >= 0 && i < n ? src[base + i * step] : 0);
    for (let i = 0; i < n + k; i++) {
      const v = at(i - r);
      g[i] = i % k === 0 ? v : Math.max(g[i - 1], v);
    }
    for (let i = n + k - 1; i >= 0; i--) {
      const v = at(i - r);
      hh[i] = i === n + k - 1 || (i + 1) % k === 0 ? v : Math.max(hh[i + 1], v);
    }
    for (let i = 0; i < n; i++) out[base + i * step] = Math.max(hh[i], g[i + k - 1]);
  }
  return out;
}

function flattenBackground(img: GreyImage, dpi: number): GreyImage {
  const { width: w, height: h, pixels: p } = img;
  const r = Math.max(4, Math.round((WINDOW_INCHES * dpi) / 2));
  const bg = maxAlong(maxAlong(p, w, h, w, 1, r), h, w, 1, w, r);
  const out = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = bg[i] ? Math.min(255, Math.round((p[i] * 255) / bg[i])) : 255;
  return { width: w, height: h, pixels: out };
}

/** The page ready for OCR and its resolution; `maxPixels` caps the enlarged page. */
export function cleanPage(img: GreyImage, dpi: number, maxPixels: number): { image: GreyImage; dpi: number } {
  const big = dpi < UPSCALE_BELOW_DPI && img.width * img.height * 4 <= maxPixels;
  const sized = big ? upscale2(img) : img;
  const outDpi = big ? dpi * 2 : dpi;
  return { image: flattenBackground(sized, outDpi), dpi: outDpi };
}
