import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseBuffer } from '../src/core/parser/parseCv';
import { fmt, median, quantile, row } from './util';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'cvs');

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).status === 0;
}

/**
 * Parses every fixture CV in-process (warm, several rounds) beside one `pdftotext` process per
 * PDF on the same files in the same run.
 */
export async function parseBench(rounds = 5): Promise<void> {
  const files = fs.readdirSync(FIXTURES).filter((f) => !f.endsWith('.json')).sort();
  const docs = files.map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))) }));
  console.log(`\nparse ${docs.length} fixture CVs in-process, ${rounds} rounds after a warm-up`);
  for (const d of docs) await parseBuffer(d.bytes, d.name);

  const all: number[] = [];
  const pdf: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const t0 = performance.now();
      await parseBuffer(d.bytes, d.name);
      const ms = performance.now() - t0;
      all.push(ms);
      if (d.name.endsWith('.pdf')) pdf.push(ms);
    }
  }
  row('parse, all formats: median / p95 per CV', `${fmt(median(all))} / ${fmt(quantile(all, 0.95))}`);
  row('parse, PDF only: median / p95 per CV', `${fmt(median(pdf))} / ${fmt(quantile(pdf, 0.95))}`);

  if (!hasPdftotext()) {
    row('baseline: pdftotext', 'not installed (apt-get install poppler-utils)');
    return;
  }
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of docs.filter((x) => x.name.endsWith('.pdf'))) {
      const t0 = performance.now();
      const res = spawnSync('pdftotext', ['-layout', path.join(FIXTURES, d.name), '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
      base.push(performance.now() - t0);
      if (res.status !== 0) throw new Error(`pdftotext failed on ${d.name}`);
    }
  }
  row('baseline: pdftotext process per PDF, median', fmt(median(base)));
  row('ratio parse (PDF, with fields) / pdftotext', `${(median(pdf) / median(base)).toFixed(2)}x`);
}
