import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CvParseError } from '../../../src/core/parser/errors';
import { closeOcr } from '../../../src/core/parser/ocr/engine';
import { parseCv } from '../../../src/core/parser/parseCv';
import { repoRoot, useTmpDir } from '../helpers/tmp';
import { badDir } from './cvFiles';

interface Truth {
  contact: { name: string; email: string; phone: string };
  work_history: { company?: string }[];
}

const scansDir = (): string => path.join(repoRoot(), 'test', 'fixtures', 'scans');
const truth = (file: string): Truth => JSON.parse(fs.readFileSync(file, 'utf8')) as Truth;
const digits = (s?: string): string => (s ?? '').replace(/\D/g, '');

async function failure(run: Promise<unknown>): Promise<CvParseError> {
  try {
    await run;
  } catch (err) {
    assert.ok(err instanceof CvParseError, `not a CvParseError: ${String(err)}`);
    return err;
  }
  assert.fail('parsed without an error');
}

/** A PNG header that claims the given size; the pixels are never reached. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  const chunk = Buffer.concat([Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), ihdr, Buffer.alloc(4)]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk, Buffer.alloc(64)]);
}

describe('OCR: scanned PDFs and image CVs', function () {
  // OCR of a page takes seconds on a loaded machine; these are few pages on purpose.
  this.timeout(240_000);
  const tmp = useTmpDir();
  after(() => closeOcr());

  it('reads an image-only PDF page by OCR: name, e-mail, phone and the work history of its source', async () => {
    const want = truth(path.join(badDir(), 'cv-source-of-bad.truth.json'));
    const cv = await parseCv(path.join(badDir(), 'scanned-no-text-layer.pdf'));
    assert.equal(cv.contact.name, want.contact.name);
    assert.equal(cv.contact.email, want.contact.email);
    assert.equal(digits(cv.contact.phone), digits(want.contact.phone));
    assert.ok(cv.work_history.length >= want.work_history.length - 1, `${cv.work_history.length} work entries`);
    assert.equal(cv.ocr?.pages, 1);
    assert.ok(cv.ocr.mean_confidence > 0.7 && cv.ocr.mean_confidence <= 1, String(cv.ocr.mean_confidence));
    assert.deepEqual(cv.ocr.languages, ['eng', 'deu', 'fra', 'spa']);
  });

  it('reads a tilted PNG scan through the same layout', async () => {
    const file = path.join(scansDir(), 'cv-013-short-photo.png');
    const want = truth(file.replace(/\.png$/, '.truth.json'));
    const cv = await parseCv(file, { ocrLanguages: ['eng'] });
    assert.equal(cv.contact.name, want.contact.name);
    assert.equal(cv.contact.email, want.contact.email);
    assert.equal(digits(cv.contact.phone), digits(want.contact.phone));
    assert.ok(cv.work_history.length >= want.work_history.length - 1, `${cv.work_history.length} work entries`);
    assert.deepEqual(cv.ocr?.languages, ['eng']);
  });

  it('with OCR off, a scanned PDF fails as before and an image says why', async () => {
    assert.match((await failure(parseCv(path.join(badDir(), 'scanned-no-text-layer.pdf'), { ocr: 'off' }))).message, /^no text layer: this looks like a scanned image/);
    assert.match((await failure(parseCv(path.join(scansDir(), 'cv-013-short-photo.png'), { ocr: 'off' }))).message, /OCR is turned off/);
  });

  it('refuses a 10,000 × 10,000 pixel image before decoding it', async () => {
    const file = path.join(tmp(), 'huge.png');
    fs.writeFileSync(file, pngHeader(10_000, 10_000));
    assert.match((await failure(parseCv(file))).message, /^image too large to read \(10000 × 10000 pixels\)$/);
  });

  it('a truncated JPEG fails with its reason', async () => {
    assert.match((await failure(parseCv(path.join(scansDir(), 'truncated.jpg')))).message, /^damaged image: it could not be decoded/);
  });

  it('a file named .png that is not an image fails with its reason', async () => {
    const file = path.join(tmp(), 'cv.png');
    fs.writeFileSync(file, 'Jane Doe, jane@example.org');
    assert.match((await failure(parseCv(file))).message, /^not a readable image/);
  });
});
