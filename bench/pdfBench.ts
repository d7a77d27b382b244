import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { extractPdf } from '../src/core/parser/extract/pdf';
import { parseBuffer } from '../src/core/parser/parseCv';
import { fmt, median, row } from './util';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'cvs');

/** pdf.js alone, with the extractor's options: every page's text items, nothing made of them. */
async function pdfjsText(bytes: Uint8Array): Promise<void> {
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent({ disableNormalization: true, includeMarkedContent: true });
    page.cleanup();
  }
  await doc.destroy();
}

/** Median time of each function, run in turn round after round so that load on the machine falls on all alike. */
async function interleavedMedians(rounds: number, fns: (() => unknown)[]): Promise<number[]> {
  const xs: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      xs[i].push(performance.now() - t0);
    }
  }
  return xs.map(median);
}

/**
 * Per PDF, in the same run: pdf.js's text alone, the extractor (pdf.js + the layout model), the
 * whole parse (with fields), each warm in this process, beside one `pdftotext` process on the
 * same file. Set SAMSARA_BENCH_PDFS to a folder to measure its PDFs instead of the fixtures.
 */
export async function pdfBench(rounds = 5): Promise<void> {
  if (spawnSync('pdftotext', ['-v']).status !== 0) {
    console.log('\nPDF text per document: pdftotext not installed (apt-get install poppler-utils)');
    return;
  }
  const dir = process.env.SAMSARA_BENCH_PDFS ?? FIXTURES;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
  console.log(`\nPDF text per document (${files.length} PDFs in ${path.relative(process.cwd(), dir) || '.'}), medians of ${rounds} rounds`);
  console.log(`  ${'document'.padEnd(32)} ${'pdf.js'.padStart(9)} ${'extract'.padStart(9)} ${'parse'.padStart(9)} ${'pdftotext'.padStart(9)}  extract/pdftotext  parse/pdftotext`);
  const ratios: { extract: number; parse: number; pdfjs: number }[] = [];
  // Warm-up over every document: otherwise the first one measured pays for compiling pdf.js and the
  // layout code (its extract came out slower than its whole parse).
  for (const name of files) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, name)));
    await pdfjsText(bytes);
    await parseBuffer(bytes, name);
  }
  for (const name of files) {
    const file = path.join(dir, name);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const [pdfjs, extract, parse, poppler] = await interleavedMedians(rounds, [
      () => pdfjsText(bytes),
      () => extractPdf(bytes),
      () => parseBuffer(bytes, name),
      () => spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }),
    ]);
    ratios.push({ extract: extract / poppler, parse: parse / poppler, pdfjs: pdfjs / poppler });
    const cell = (ms: number) => fmt(ms).padStart(9);
    console.log(`  ${name.slice(0, 32).padEnd(32)} ${cell(pdfjs)} ${cell(extract)} ${cell(parse)} ${cell(poppler)}  ${`${(extract / poppler).toFixed(2)}x`.padStart(17)}  ${`${(parse / poppler).toFixed(2)}x`.padStart(15)}`);
  }
  const worst = (k: 'extract' | 'parse' | 'pdfjs') => Math.max(...ratios.map((r) => r[k]));
  const over = ratios.filter((r) => r.extract > 1).length;
  row('ratio pdf.js text / pdftotext: median, worst', `${median(ratios.map((r) => r.pdfjs)).toFixed(2)}x, ${worst('pdfjs').toFixed(2)}x`);
  row('ratio extract / pdftotext: median, worst', `${median(ratios.map((r) => r.extract)).toFixed(2)}x, ${worst('extract').toFixed(2)}x`);
  row('ratio parse / pdftotext: median, worst', `${median(ratios.map((r) => r.parse)).toFixed(2)}x, ${worst('parse').toFixed(2)}x`);
  row('documents whose extract is over 1.0x (goal: none)', `${over} of ${ratios.length}`);
}
