// Parses every CV in a folder that has a .truth.json beside it and prints precision, recall and
// F1 per field, overall, a table per document and, with a manifest.json, per family, format and
// language.   npm run eval -- DIR [--json OUT]
import fs from 'node:fs';
import path from 'node:path';
import { CvParseError } from '../src/core/parser/errors';
import { closeOcr } from '../src/core/parser/ocr/engine';
import { parseCv } from '../src/core/parser/parseCv';
import { type Counts, FIELDS, docF1, overallF1, scorableFiles, scoreDoc } from './cvScore';
import { printGroupScores } from './evalGroups';

interface DocResult { file: string; ms: number; counts: Counts; error?: string }

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? path.join('test', 'fixtures', 'cvs');
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const files = scorableFiles(fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile()), (t) => fs.existsSync(path.join(dir, t)));
  if (!files.length) throw new Error(`no documents with .truth.json in ${dir}`);
  const results: DocResult[] = [];
  for (const file of files) {
    const truth = JSON.parse(fs.readFileSync(path.join(dir, `${file.replace(/\.[^.]+$/, '')}.truth.json`), 'utf8'));
    const t0 = performance.now();
    try {
      const cv = JSON.parse(JSON.stringify(await parseCv(path.join(dir, file))));
      results.push({ file, ms: performance.now() - t0, counts: scoreDoc(truth, cv) });
    } catch (err) {
      if (!(err instanceof CvParseError)) throw err;
      // A failed document: every truth value is a miss, nothing else counts.
      const counts = scoreDoc(truth, {});
      for (const c of Object.values(counts)) c.fp = 0;
      results.push({ file, ms: performance.now() - t0, counts, error: err.message });
    }
  }
  console.log('\nPer-document (micro F1 over all field values of the document)');
  console.log(`${'document'.padEnd(48)} ${'ms'.padStart(7)}  F1     work(t/p)  note`);
  for (const r of results) {
    const w = r.counts['work.entries'];
    console.log(`${r.file.slice(0, 48).padEnd(48)} ${r.ms.toFixed(0).padStart(7)}  ${docF1(r.counts).toFixed(3)}  ${`${w.tp}/${w.tp + w.fn}`.padStart(5)}      ${r.error ?? ''}`);
  }
  const { overall, fields } = overallF1(results.map((r) => r.counts));
  console.log('\nPer-field scores (micro over documents)');
  console.log(`${'field'.padEnd(18)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
  for (const f of FIELDS) {
    const s = fields[f];
    const show = (x: number): string => (s.tp + s.fp + s.fn === 0 ? 'n/a' : x.toFixed(3)).padStart(6);
    console.log(`${f.padEnd(18)} ${show(s.p)} ${show(s.r)} ${show(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`);
  }
  printGroupScores(dir, results);
  const failed = results.filter((r) => r.error).length;
  const worst = [...results].sort((a, b) => docF1(a.counts) - docF1(b.counts))[0];
  console.log(`\nworst document: ${worst.file} (${docF1(worst.counts).toFixed(3)})`);
  console.log(`overall field F1: ${overall.toFixed(3)} over ${results.length} documents (${failed} failed)`);
  if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify({ overall_field_f1: overall, fields, per_document: results }, null, 2)}\n`);
}

void main()
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  // Scanned documents start an OCR thread that would keep the process alive.
  .finally(() => closeOcr());
