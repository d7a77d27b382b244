import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import type { ParsedCV, Provenance } from '../../../src/core/parsedCv';
import { parseCv } from '../../../src/core/parser/parseCv';
import { compact } from '../../../src/core/parser/provenance/haystack';
import { cvFiles } from './cvFiles';

/** The value a provenance key names, as text ("/work_history/0/title" → the title). */
function valueAt(cv: ParsedCV, pointer: string): string {
  let v: unknown = cv;
  for (const part of pointer.slice(1).split('/')) v = (v as Record<string, unknown>)[part];
  assert.equal(typeof v, 'string', pointer);
  return v as string;
}

/** What the document must show at the value's place: a date only as its year ("2021-05" may be "May 2021"). */
function expected(pointer: string, value: string): string {
  if (/_date$/.test(pointer)) return value.slice(0, 4);
  return compact(value.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, ''));
}

interface PageText {
  items: { str: string; x: number; y: number; w: number }[];
}

/** The page's text runs read afresh by pdf.js, placed as the box is (top-left origin, baseline y). */
async function pdfPages(file: string): Promise<PageText[]> {
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, , , y1] = page.view;
    const content = await page.getTextContent();
    const items = content.items.filter((i) => 'str' in i).map((i) => {
      const t = (i as { transform: number[] }).transform;
      return { str: (i as { str: string }).str, x: t[4] - x0, y: y1 - t[5], w: (i as { width: number }).width };
    });
    pages.push({ items });
  }
  await pdf.destroy();
  return pages;
}

/** The box shows the value whole, or wrapped in two parts (possibly with a hyphen at the break). */
function shows(shown: string, want: string): boolean {
  const [a, b] = [shown.replace(/-/g, ''), want.replace(/-/g, '')];
  if (a.includes(b)) return true;
  for (let k = 3; k < b.length; k++) if (a.includes(b.slice(0, k)) && a.includes(b.slice(k))) return true;
  return false;
}

/** In reading order, the text of the runs whose baseline lies in the box and that overlap it sideways. */
function textInBox(page: PageText, box: [number, number, number, number]): string {
  const [x, y, w, h] = box;
  const inside = page.items.filter((i) => i.y >= y && i.y <= y + h && i.x < x + w && i.x + i.w > x);
  // Reading order: by baseline, then left to right.
  return inside.sort((a, b) => (Math.abs(a.y - b.y) < 2 ? a.x - b.x : a.y - b.y)).map((i) => i.str).join(' ');
}

describe('provenance: where each value was read', function () {
  this.timeout(60000);
  const pdfs = cvFiles().filter((f) => f.endsWith('.pdf'));
  const others = cvFiles().filter((f) => /\.(txt|md|docx|odt)$/.test(f));

  for (const file of pdfs) {
    it(`${path.basename(file)}: each box lies on a page of the PDF and holds the value's text`, async () => {
      const cv = await parseCv(file);
      const entries = Object.entries(cv.provenance ?? {}) as [string, Provenance][];
      assert.ok(entries.length >= 5, `only ${entries.length} values located`);
      assert.ok(cv.provenance?.['/contact/name'], 'the name is located');
      const pages = await pdfPages(file);
      for (const [pointer, where] of entries) {
        assert.ok('page' in where, `${pointer}: a PDF value has a page and a box`);
        assert.ok(where.page >= 1 && where.page <= pages.length, `${pointer}: page ${where.page} of ${pages.length}`);
        const [, , w, h] = where.box;
        assert.ok(w > 0 && h > 0 && w < 600 && h < 80, `${pointer}: box ${where.box.join(', ')}`);
        const shown = compact(textInBox(pages[where.page - 1], where.box));
        const want = expected(pointer, valueAt(cv, pointer));
        assert.ok(shows(shown, want), `${pointer}: the box on page ${where.page} shows "${shown.slice(0, 80)}", not "${want}"`);
      }
    });
  }

  for (const file of others) {
    it(`${path.basename(file)}: each character range of raw_text holds the value`, async () => {
      const cv = await parseCv(file);
      const entries = Object.entries(cv.provenance ?? {}) as [string, Provenance][];
      assert.ok(entries.length >= 5, `only ${entries.length} values located`);
      for (const [pointer, where] of entries) {
        assert.ok('start' in where, `${pointer}: a range, not a box`);
        assert.ok(where.start >= 0 && where.end > where.start && where.end <= cv.raw_text.length);
        const shown = compact(cv.raw_text.slice(where.start, where.end));
        assert.ok(shows(shown, expected(pointer, valueAt(cv, pointer))), `${pointer}: "${shown}"`);
      }
    });
  }

  it('finds a later page’s value on that page (a 3-page PDF’s last job)', async () => {
    const cv = await parseCv(pdfs.find((f) => f.includes('cv-009-flat')) ?? '');
    const pages = new Set(Object.values(cv.provenance ?? {}).map((p) => ('page' in p ? p.page : 0)));
    assert.ok(pages.size > 1, `values on pages ${[...pages].join(', ')}`);
  });

  it('leaves free text out and keeps the map small', async () => {
    const cv = await parseCv(pdfs[0]);
    const keys = Object.keys(cv.provenance ?? {});
    assert.ok(!keys.some((k) => /summary|description|highlights|other_sections/.test(k)), keys.join(' '));
    assert.ok(JSON.stringify(cv.provenance).length < 20000);
  });
});
