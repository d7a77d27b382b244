import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CvParseError } from '../../../src/core/parser/errors';
import { PDF_STREAM_LIMITS, checkPdfStreams } from '../../../src/core/parser/extract/pdfStreams';
import { parseCv } from '../../../src/core/parser/parseCv';
import { distFile, useTmpDir } from '../helpers/tmp';
import { cvFiles } from './cvFiles';
import { flateBombPdf, pdfWithStreams } from './pdfBomb';

const MB = 1024 * 1024;
const BUDGET_MB = 512;

describe('PDF stream limits', function () {
  this.timeout(120_000);
  const tmp = useTmpDir();

  it(`refuses a PDF whose content stream inflates to 1 GB, within ${BUDGET_MB} MB of memory`, async () => {
    const file = path.join(tmp(), 'bomb.pdf');
    fs.writeFileSync(file, await flateBombPdf(1024 * MB));
    assert.ok(fs.statSync(file).size < 2 * MB, 'the bomb is small on disk');
    const probe = path.join(tmp(), 'rss.js');
    fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
    const run = spawnSync(process.execPath, ['--require', probe, distFile('cli.js'), 'parse', file], { encoding: 'utf8', timeout: 90_000 });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /PDF refused: a compressed stream inflates beyond 64 MB \(a compression bomb\?\)/);
    const peakMb = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1]) / 1024;
    console.log(`      peak RSS of \`samsara parse\` on a 1 GB Flate bomb (${(fs.statSync(file).size / 1024).toFixed(0)} KB on disk): ${peakMb.toFixed(0)} MB`);
    assert.ok(peakMb > 0 && peakMb < BUDGET_MB, `peak RSS ${peakMb.toFixed(0)} MB`);
  });

  it('fails the bomb as a bad file, not a passing error', async () => {
    const file = path.join(tmp(), 'bomb.pdf');
    fs.writeFileSync(file, await flateBombPdf(80 * MB));
    await assert.rejects(parseCv(file), (err: unknown) => err instanceof CvParseError && err.permanent === true && /compression bomb/.test(err.message));
  });

  it('counts every stream against the per-document limit, and lets a PDF under both limits through', () => {
    const stream = zlib.deflateSync(Buffer.alloc(3 * MB, 0x20));
    const pdf = pdfWithStreams([stream, stream, stream]);
    assert.doesNotThrow(() => checkPdfStreams(pdf, { perStream: 4 * MB, perDocument: 10 * MB }));
    assert.throws(() => checkPdfStreams(pdf, { perStream: 4 * MB, perDocument: 8 * MB }), /all its compressed streams together inflate beyond 8 MB/);
    assert.throws(() => checkPdfStreams(pdf, { perStream: 2 * MB, perDocument: 10 * MB }), /a compressed stream inflates beyond 2 MB/);
  });

  it('passes every PDF of the fixtures under the default limits', () => {
    const pdfs = cvFiles().filter((f) => f.endsWith('.pdf'));
    assert.ok(pdfs.length > 5);
    for (const f of pdfs) assert.doesNotThrow(() => checkPdfStreams(fs.readFileSync(f)), path.basename(f));
    assert.ok(PDF_STREAM_LIMITS.perStream < BUDGET_MB * MB);
  });
});
