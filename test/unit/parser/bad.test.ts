import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CvParseError } from '../../../src/core/parser/errors';
import { MAX_FILE_BYTES, parseCv } from '../../../src/core/parser/parseCv';
import { distFile, useTmpDir } from '../helpers/tmp';
import { withBigImage } from './bigPdf';
import { badDir, cvDir } from './cvFiles';

async function failure(file: string): Promise<CvParseError> {
  const t0 = Date.now();
  try {
    await parseCv(file);
  } catch (err) {
    assert.ok(err instanceof CvParseError, `not a CvParseError: ${String(err)}`);
    assert.ok(Date.now() - t0 < 10_000, 'took more than 10 s');
    return err;
  }
  assert.fail(`${path.basename(file)} parsed without an error`);
}

describe('bad input', function () {
  this.timeout(30_000);
  const tmp = useTmpDir();
  const expected: Record<string, RegExp> = {
    'empty.pdf': /^empty file$/,
    'truncated.pdf': /^damaged PDF/,
    'encrypted-password.pdf': /^encrypted PDF \(password protected\)$/,
    'junk-archive.docx': /^not a valid DOCX file/,
    'random-binary.pdf': /^not a PDF file$/,
  };

  it('has an expectation for every bad fixture', () => {
    const files = fs.readdirSync(badDir()).filter((f) => !/\.(md|json)$/.test(f)).sort();
    // The scanned PDF parses by OCR: test/unit/parser/ocr.test.ts checks it against its truth.
    assert.deepEqual(files, [...Object.keys(expected), 'scanned-no-text-layer.pdf'].sort());
  });

  for (const [name, message] of Object.entries(expected)) {
    it(`${name}: a permanent CvParseError that says what is wrong`, async () => {
      const err = await failure(path.join(badDir(), name));
      assert.match(err.message, message);
      assert.equal(err.permanent, true);
      assert.equal(err.name, 'CvParseError');
    });
  }

  it('a missing file, a folder and an unsupported type are permanent errors too', async () => {
    assert.match((await failure(path.join(tmp(), 'nope.pdf'))).message, /not found/);
    assert.match((await failure(tmp())).message, /not a file/);
    const xls = path.join(tmp(), 'cv.xls');
    fs.writeFileSync(xls, 'x');
    assert.match((await failure(xls)).message, /unsupported file type/);
  });

  it('refuses a file above the size limit without reading it', async () => {
    const big = path.join(tmp(), 'huge.pdf');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, MAX_FILE_BYTES + 1);
    fs.closeSync(fd);
    assert.match((await failure(big)).message, /^file too large \(50 MB; the limit is 50 MB\)$/);
  });

  it('parses a normal CV that carries a 20 MB image', async () => {
    const file = path.join(tmp(), 'photo.pdf');
    fs.writeFileSync(file, withBigImage(fs.readFileSync(path.join(cvDir(), 'cv-013-short.pdf')), 20 * 1024 * 1024));
    assert.ok(fs.statSync(file).size > 20 * 1024 * 1024);
    const cv = await parseCv(file);
    assert.equal(cv.contact.email, 'janine.roche@mail.example.net');
    assert.ok(cv.work_history.length >= 3);
  });

  it('samsara parse: a file name with spaces, umlauts, a dash and CJK survives; errors are one line on stderr', () => {
    const name = path.join(tmp(), 'Lebenslauf Jürgen Groß – März 2024 (final) 履歴書.pdf');
    fs.copyFileSync(path.join(cvDir(), 'cv-022-classic.pdf'), name);
    const ok = spawnSync(process.execPath, [distFile('cli.js'), 'parse', '--json', name], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    const cv = JSON.parse(ok.stdout);
    assert.equal(cv.contact.name, 'Sascha Boruschewski');
    assert.ok(Array.isArray(cv.work_history) && Array.isArray(cv.skills));
    const bad = spawnSync(process.execPath, [distFile('cli.js'), 'parse', path.join(badDir(), 'encrypted-password.pdf')], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^samsara: .*encrypted-password\.pdf: encrypted PDF \(password protected\)\n$/);
  });
});
