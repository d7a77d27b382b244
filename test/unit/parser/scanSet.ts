/**
 * Scanned and photographed versions of fixture CVs, made the way they reach a recruiter: printed
 * pages rendered to grey images (pdftoppm), tilted, speckled and JPEG-compressed (ImageMagick),
 * wrapped into image-only PDFs (img2pdf), one page turned sideways and one phone-photo-like PNG.
 * Each scan gets its source's truth beside it, so the eval scorer reads the folder as is.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cvDir } from './cvFiles';

export const SCAN_TOOLS = ['pdftoppm', 'convert', 'img2pdf'];

export interface ScanRecipe {
  /** The output file's name (its extension says PDF or PNG). */
  name: string;
  /** The fixture CV it is made from (a one-page PDF of test/fixtures/cvs). */
  source: string;
  dpi: number;
  /** ImageMagick arguments applied to the rendered grey page. */
  filter: string[];
}

const JPEG_60 = ['-quality', '60'];
const noise = (amount: string): string[] => ['-attenuate', amount, '+noise', 'Gaussian', '-colorspace', 'Gray'];
const tilt = (deg: number): string[] => ['-background', 'white', '-rotate', String(deg)];
/**
 * ImageMagick's noise is random unless seeded, and one draw of speckles can cost a page a third of
 * its fields: a fixed seed makes each scan, and so the score, the same on every run.
 */
const SEED = ['-seed', '1'];

export const SCAN_RECIPES: ScanRecipe[] = [
  { name: 'cv-001-macchiato-300dpi.pdf', source: 'cv-001-macchiato.pdf', dpi: 300, filter: [] },
  { name: 'cv-004-orbit-150dpi-tilted.pdf', source: 'cv-004-orbit.pdf', dpi: 150, filter: [...tilt(2), ...noise('0.3'), ...JPEG_60] },
  { name: 'cv-016-onepage-200dpi-noisy.pdf', source: 'cv-016-onepage.pdf', dpi: 200, filter: [...tilt(-1), ...noise('0.5'), ...JPEG_60] },
  { name: 'cv-022-classic-300dpi-sideways.pdf', source: 'cv-022-classic.pdf', dpi: 300, filter: ['-rotate', '90', ...JPEG_60] },
  { name: 'cv-025-oldstyle-photo.png', source: 'cv-025-oldstyle.pdf', dpi: 150, filter: [...tilt(3), '-blur', '0x0.6', '-level', '0%,100%,0.8', '+level', '12%,88%', ...noise('0.4')] },
];

/** The tools missing from PATH, by name. */
export function missingScanTools(): string[] {
  return SCAN_TOOLS.filter((t) => {
    try {
      execFileSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

/** Makes one scan into `dir` with its truth beside it; returns the scan's path. */
export function makeScan(recipe: ScanRecipe, dir: string): string {
  const src = path.join(cvDir(), recipe.source);
  const base = path.join(dir, recipe.name.replace(/\.[^.]+$/, ''));
  execFileSync('pdftoppm', ['-gray', '-r', String(recipe.dpi), '-singlefile', '-png', src, `${base}-page`]);
  const out = path.join(dir, recipe.name);
  if (recipe.name.endsWith('.png')) {
    execFileSync('convert', [...SEED, `${base}-page.png`, ...recipe.filter, out]);
  } else {
    const jpeg = recipe.filter.length > 0;
    const image = `${base}-scan.${jpeg ? 'jpg' : 'png'}`;
    execFileSync('convert', [...SEED, `${base}-page.png`, ...recipe.filter, image]);
    // img2pdf keeps a JPEG as is (DCT) and a PNG lossless (Flate), as a scanner's PDF would.
    execFileSync('img2pdf', ['--imgsize', `${recipe.dpi}dpi`, '-o', out, image]);
    fs.rmSync(image);
  }
  fs.rmSync(`${base}-page.png`);
  fs.copyFileSync(src.replace(/\.pdf$/, '.truth.json'), `${base}.truth.json`);
  return out;
}

export function makeScanSet(dir: string, recipes: ScanRecipe[] = SCAN_RECIPES): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return recipes.map((r) => makeScan(r, dir));
}

/** A PDF of `pages` small scanned pages (one fixture CV's first page at 40 dpi, repeated). */
export function makeManyPageScan(dir: string, pages: number): string {
  const page = path.join(dir, 'tiny');
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-singlefile', '-jpeg', path.join(cvDir(), SCAN_RECIPES[0].source), page]);
  const out = path.join(dir, `scan-${pages}-pages.pdf`);
  execFileSync('img2pdf', ['--imgsize', '40dpi', '-o', out, ...Array.from({ length: pages }, () => `${page}.jpg`)]);
  return out;
}
