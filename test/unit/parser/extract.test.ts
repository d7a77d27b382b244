import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../../src/core/parser/extract/extract';
import { parseCv } from '../../../src/core/parser/parseCv';
import { useTmpDir } from '../helpers/tmp';
import { cvDir } from './cvFiles';

async function extract(name: string) {
  const file = path.join(cvDir(), name);
  return extractDocument(new Uint8Array(fs.readFileSync(file)), name);
}

describe('text extraction', () => {
  const tmp = useTmpDir();

  it('PDF: keeps sizes, reads the sidebar and the main column one after the other, and finds link annotations', async () => {
    const doc = await extract('cv-001-macchiato.pdf');
    const name = doc.lines.find((l) => l.text === 'Schuyler Dvořák');
    assert.ok(name && name.size > doc.bodySize * 2, 'the name is set large');
    const texts = doc.lines.map((l) => l.text);
    // The sidebar's contact lines come as one block, not interleaved with the experience column.
    const phone = texts.indexOf('+1 763 555 6577');
    const mail = texts.findIndex((t) => t.startsWith('schuyler.dvorak@'));
    assert.ok(phone > 0 && mail > 0 && Math.abs(phone - mail) <= 3);
    assert.ok(doc.warnings.some((w) => w.includes('two-column')));
    assert.ok(doc.links.includes('https://www.linkedin.com/in/schuylerdvorak40'));
  });

  it('PDF: a label column is a margin: each label comes just before the row it labels', async () => {
    const doc = await extract('cv-016-onepage.pdf');
    const k = doc.lines.findIndex((l) => l.text === 'EXPERIENCE');
    assert.ok(k > 0 && doc.lines[k].margin);
    assert.ok(doc.lines[k + 1].x > doc.lines[k].x && !doc.lines[k + 1].margin);
    assert.ok(!doc.warnings.some((w) => w.includes('two-column')));
  });

  it('DOCX: headings, paragraphs and list items', async () => {
    const doc = await extract('cv-030-flat.docx');
    assert.ok(doc.lines.some((l) => l.heading));
    assert.ok(doc.lines.some((l) => l.bullet));
    assert.ok(doc.lines.length > 20);
  });

  it('ODT: content.xml paragraphs and headings', async () => {
    const doc = await extract('cv-032-short.odt');
    assert.ok(doc.lines.length > 20);
    assert.ok(doc.lines.some((l) => /@/.test(l.text)));
  });

  it('Markdown: headings, links and list items without markup', async () => {
    const doc = await extract('cv-035-orbit.md');
    assert.ok(doc.lines.some((l) => l.heading && l.text === 'Education'));
    assert.ok(!doc.lines.some((l) => /<div|\]\(/.test(l.text)));
    assert.ok(doc.links.some((u) => u.includes('linkedin.com/in/')));
  });

  it('text: UTF-8, UTF-16 with a byte-order mark and Latin-1 decode to the same text', async () => {
    const text = 'Jürgen Groß\nBerufserfahrung\nEntwickler bei Müller GmbH 03/2019 – heute\n';
    const files: [string, Buffer][] = [
      ['utf8.txt', Buffer.from(text, 'utf8')],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['cp1252.txt', Buffer.from(text.replace('–', '\x96'), 'latin1')],
    ];
    for (const [name, bytes] of files) {
      const doc = await extractDocument(new Uint8Array(bytes), name);
      assert.deepEqual(doc.lines.map((l) => l.text), ['Jürgen Groß', 'Berufserfahrung', 'Entwickler bei Müller GmbH 03/2019 – heute'], name);
    }
  });

  it('RTF: paragraphs, escapes, Unicode and hyperlinks; font tables skipped', async () => {
    const rtf = String.raw`{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}
{\b J\'fcrgen Gro\u223?\par}
Berufserfahrung\par
Entwickler\tab 03/2019 \endash  heute\par
{\field{\*\fldinst HYPERLINK "https://github.com/jgross"}{\fldrslt github.com/jgross}}\par
}`;
    const file = path.join(tmp(), 'cv.rtf');
    fs.writeFileSync(file, rtf, 'latin1');
    const doc = await extractDocument(new Uint8Array(fs.readFileSync(file)), 'cv.rtf');
    assert.deepEqual(doc.lines.map((l) => l.text), ['Jürgen Groß', 'Berufserfahrung', 'Entwickler\t03/2019 – heute', 'github.com/jgross']);
    assert.deepEqual(doc.links, ['https://github.com/jgross']);
    const cv = await parseCv(file);
    assert.equal(cv.contact.github, 'github.com/jgross');
  });
});
