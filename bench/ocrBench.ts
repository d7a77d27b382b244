import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeOcr, recognize } from '../src/core/parser/ocr/engine';
import { parseCv } from '../src/core/parser/parseCv';
import { fmt, median, row, tmpDir } from './util';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'cvs');
const PAGES = ['cv-001-macchiato.pdf', 'cv-022-classic.pdf'];

function has(cmd: string, arg: string): boolean {
  return spawnSync(cmd, [arg]).status === 0;
}

/** Samples the process's resident memory while `fn` runs; tesseract's thread lives in this process. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await fn();
    return { value, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * One parse thread's peak: a sideways 300 dpi scanned PDF page parsed end to end (pdf.js decodes
 * the picture, it is cleaned, turned upright, read, doubtful boxes read again). The bench runs one
 * such thread and its tesseract worker, so the growth of the process above its start is theirs.
 */
async function threadPeak(dir: string, before: number): Promise<void> {
  const base = path.join(dir, 'sideways');
  spawnSync('pdftoppm', ['-gray', '-r', '300', '-singlefile', '-png', path.join(FIXTURES, PAGES[1]), base]);
  spawnSync('convert', [`${base}.png`, '-rotate', '90', `${base}-turned.png`]);
  const page = fs.existsSync(`${base}-turned.png`) ? `${base}-turned.png` : `${base}.png`;
  spawnSync('img2pdf', ['--imgsize', '300dpi', '-o', `${base}.pdf`, page]);
  const t0 = performance.now();
  const r = await withPeakRss(() => parseCv(`${base}.pdf`, { ocrLanguages: ['eng', 'deu', 'fra', 'spa'], ocrTimeoutMs: 600_000 }));
  const what = page === `${base}.png` ? 'an upright' : 'a sideways';
  row(`one parse thread: ${what} 300 dpi scanned PDF page, 4 languages`, `${fmt(performance.now() - t0)}, peak ${Math.round((r.peak - before) / 1048576)} MB above the start`);
}

/**
 * OCR time per page at 200 and 300 dpi: the package's tesseract.js (WebAssembly, one thread)
 * beside Debian's `tesseract` command (limited to one thread too) on the same grey images in the
 * same run, both in English; and the peak memory while the page is read.
 */
export async function ocrBench(): Promise<void> {
  if (!has('pdftoppm', '-v')) {
    console.log('\nocr: skipped (needs pdftoppm: apt-get install -y poppler-utils)');
    return;
  }
  const native = has('tesseract', '--version');
  console.log(`\nocr: ${PAGES.length} fixture pages rendered grey, English${native ? ', beside Debian tesseract (OMP_THREAD_LIMIT=1)' : ' (Debian tesseract not installed: apt-get install -y tesseract-ocr)'}`);
  const dir = tmpDir('ocr');
  const before = process.memoryUsage().rss;
  let peak = before;
  try {
    for (const dpi of [200, 300]) {
      const ours: number[] = [];
      const theirs: number[] = [];
      for (const pdf of PAGES) {
        const base = path.join(dir, `${path.basename(pdf, '.pdf')}-${dpi}`);
        spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-singlefile', path.join(FIXTURES, pdf), base]);
        const image = fs.readFileSync(`${base}.pgm`);
        await recognize(image, ['eng'], 600_000, dpi); // warm-up: worker start and language data
        const t0 = performance.now();
        const r = await withPeakRss(() => recognize(image, ['eng'], 600_000, dpi));
        ours.push(performance.now() - t0);
        peak = Math.max(peak, r.peak);
        if (native) {
          const t1 = performance.now();
          spawnSync('tesseract', [`${base}.pgm`, '-', '--dpi', String(dpi), '-l', 'eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
          theirs.push(performance.now() - t1);
        }
      }
      row(`tesseract.js per page at ${dpi} dpi (median)`, fmt(median(ours)));
      if (native) row(`Debian tesseract per page at ${dpi} dpi (median)`, `${fmt(median(theirs))}  (ratio ${(median(ours) / median(theirs)).toFixed(2)}, goal <= 1.5)`);
    }
    row('peak memory while reading a page (process RSS)', `${Math.round(peak / 1048576)} MB (${Math.round((peak - before) / 1048576)} MB above the start)`);
    if (has('img2pdf', '--version')) await threadPeak(dir, before);
  } finally {
    await closeOcr();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
