import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { CvParseError } from '../../../src/core/parser/errors';
import { MAX_ARCHIVE_BYTES, MAX_ENTRY_BYTES, readZipEntries } from '../../../src/core/parser/extract/zip';
import { parseCv } from '../../../src/core/parser/parseCv';
import { distFile, useTmpDir } from '../helpers/tmp';
import { paragraphFloodDocx, zipBombDocx } from './zipBomb';

const MB = 1024 * 1024;
/** The memory a parse may take on hostile input. */
const BUDGET_MB = 512;

async function failure(file: string): Promise<CvParseError> {
  try {
    await parseCv(file);
  } catch (err) {
    assert.ok(err instanceof CvParseError, `not a CvParseError: ${String(err)}`);
    return err;
  }
  assert.fail(`${path.basename(file)} parsed without an error`);
}

describe('archive limits (DOCX, ODT)', function () {
  this.timeout(120_000);
  const tmp = useTmpDir();

  it(`refuses a DOCX whose document.xml inflates to 400 MB while inflating, within ${BUDGET_MB} MB of memory`, async () => {
    const file = path.join(tmp(), 'bomb.docx');
    fs.writeFileSync(file, await zipBombDocx(400 * MB));
    assert.ok(fs.statSync(file).size < 2 * MB, 'the bomb is small on disk');
    // The CLI in a process of its own, so that its peak memory is the parse's alone.
    const probe = path.join(tmp(), 'rss.js');
    fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
    const run = spawnSync(process.execPath, ['--require', probe, distFile('cli.js'), 'parse', file], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`document too large when unpacked \\(over ${MAX_ENTRY_BYTES / MB} MB\\): possibly a zip bomb`));
    const peakMb = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1]) / 1024;
    console.log(`      peak RSS of \`samsara parse\` on a 400 MB bomb (${(fs.statSync(file).size / 1024).toFixed(0)} KB on disk): ${peakMb.toFixed(0)} MB`);
    assert.ok(peakMb > 0 && peakMb < BUDGET_MB, `peak RSS ${peakMb.toFixed(0)} MB`);
    const err = await failure(file);
    assert.equal(err.permanent, true);
  });

  it('counts every entry against the per-document limit', () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(3 * MB), 'b.xml': new Uint8Array(3 * MB) });
    assert.equal(Object.keys(readZipEntries(bytes, () => true, 'DOCX', { entryBytes: 4 * MB, archiveBytes: 8 * MB })).length, 2);
    assert.throws(() => readZipEntries(bytes, () => true, 'DOCX', { entryBytes: 4 * MB, archiveBytes: 5 * MB }), /too large when unpacked \(over 5 MB\)/);
    assert.throws(() => readZipEntries(bytes, () => true, 'DOCX', { entryBytes: 2 * MB, archiveBytes: 8 * MB }), /too large when unpacked \(over 2 MB\)/);
    assert.ok(MAX_ARCHIVE_BYTES >= MAX_ENTRY_BYTES);
  });

  it('refuses a well-formed document.xml under the size limit that holds millions of elements', async () => {
    const file = path.join(tmp(), 'flood.docx');
    fs.writeFileSync(file, await paragraphFloodDocx(3_000_000));
    const err = await failure(file);
    assert.match(err.message, /too large to be a CV \(over 200,000 XML elements\)/);
    assert.equal(err.permanent, true);
  });
});
