import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { runCli } from '../helpers/cli';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useTmpDir } from '../helpers/tmp';

// Four-byte characters: 100 of them made a 400-byte file name, past every file system's 255.
const LONG_NAME = '𝔄𝔫𝔫𝔞 '.repeat(30).trim();

function named(name: string) {
  const cv = janeDoe();
  return { ...cv, contact: { ...cv.contact, name } };
}

describe('samsara export writes every file or says which were not written', function () {
  this.timeout(90_000);
  const tmp = useTmpDir();
  const db = () => path.join(tmp(), 'samsara.db');
  const out = () => path.join(tmp(), 'resumes');
  const cli = (...args: string[]) => runCli(['--db', db(), ...args]);

  beforeEach(async () => {
    const storage = await openSqlJsStorage(db());
    await storeParsed(storage.cvs, 'a.pdf', named('Ada Lovelace'));
    await storeParsed(storage.cvs, 'long.pdf', named(LONG_NAME));
    await storeParsed(storage.cvs, 'c.pdf', named('Charles Babbage'));
    await storage.close();
  });

  it('shortens a candidate name to what the file system allows', async () => {
    const r = await cli('export', '--format', 'jsonresume', '--out', out());
    assert.equal(r.code, 0, r.stderr);
    const files = fs.readdirSync(out());
    assert.equal(files.length, 3, files.join(', '));
    const long = files.find((f) => f.startsWith('𝔄'));
    assert.ok(long && Buffer.byteLength(long) <= 255, long);
    assert.equal(JSON.parse(fs.readFileSync(path.join(out(), long), 'utf8')).basics.name, LONG_NAME);
  });

  it('writes the others, names the file it could not write, exits 1 and leaves no temporary file', async () => {
    // A folder where one CV's file would go: renaming a file over it fails.
    fs.mkdirSync(path.join(out(), 'Ada Lovelace.json'), { recursive: true });
    const r = await cli('export', '--format', 'jsonresume', '--out', out());
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Not written: .*Ada Lovelace\.json \(a\.pdf\): /);
    assert.match(r.stderr, /1 CV could not be written; the others are complete\./);
    assert.match(r.stdout, /Exported 2 CVs to /);
    const files = fs.readdirSync(out()).sort();
    assert.equal(files.length, 3, files.join(', '));
    assert.ok(files.includes('Charles Babbage.json'));
    assert.equal(files.filter((f) => f.endsWith('.tmp')).length, 0);
  });

  it('names the export, not the queue database, when its file cannot be written', async () => {
    // A name longer than any file system allows fails for root too, unlike a folder's mode.
    const file = path.join(tmp(), `${'x'.repeat(300)}.csv`);
    const r = await cli('export', '--format', 'csv', '--out', file);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Saving the export .*x\.csv failed: /);
    assert.doesNotMatch(r.stderr, /queue database/);
  });
});
