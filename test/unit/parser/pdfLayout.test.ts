import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../../src/core/parser/extract/extract';
import { parseCv } from '../../../src/core/parser/parseCv';
import { repoRoot } from '../helpers/tmp';

// Small PDFs printed by Chromium from the HTML beside them (scripts/layoutFixtures.mjs).
const fixture = (name: string): string => path.join(repoRoot(), 'test', 'fixtures', 'layout', name);

async function extract(name: string) {
  return extractDocument(new Uint8Array(fs.readFileSync(fixture(name))), name);
}

describe('PDF layout', () => {
  it('joins small capitals and letter-spaced words by their geometry', async () => {
    const doc = await extract('smallCaps.pdf');
    // The file gives the small capitals' text in lowercase (ActualText); the words are what count.
    const texts = doc.lines.map((l) => l.text.toUpperCase());
    assert.ok(texts.includes('CONTACT'), texts.join('\n'));
    assert.ok(texts.includes('WORK EXPERIENCE'));
    assert.ok(texts.includes('PROFESSIONAL SKILL'));
    assert.ok(texts.includes('DATA ENGINEER, HOLM ANALYTICS 2021 TO PRESENT'));
    assert.ok(doc.notes?.some((n) => n.includes('small capitals')));
  });

  it('reads the text of glyphs that only a marked-content ActualText names', async () => {
    // Chromium draws synthetic small capitals as glyphs without Unicode values.
    const doc = await extract('smallCaps.pdf');
    assert.ok(doc.lines.some((l) => l.text === 'Work Experience'), doc.lines.map((l) => l.text).join('\n'));
  });

  it('puts a margin heading on its own line before the body text beside it, joined when wrapped', async () => {
    const doc = await extract('marginColumn.pdf');
    const texts = doc.lines.map((l) => l.text);
    const heading = texts.indexOf('Professional Experience');
    assert.ok(heading > 0, texts.join('\n'));
    assert.equal(texts[heading + 1], 'Financial Analyst, Kertzmann Inc, Flatleystead, IA');
    assert.ok(doc.lines[heading].margin);
    assert.ok(!doc.lines[heading + 1].margin);
    for (const h of ['Profile', 'Education', 'Skills', 'Languages']) assert.ok(doc.lines.find((l) => l.text === h)?.margin, h);
    assert.ok(doc.notes?.some((n) => n.startsWith('page 1: margin column')));
    assert.ok(!doc.warnings.some((w) => w.includes('two-column')));
  });

  it('keeps a date from the margin column on the row of its entry', async () => {
    const doc = await extract('marginColumn.pdf');
    const row = doc.lines.find((l) => l.text.includes('IT Support Specialist'));
    assert.deepEqual(row?.cells, ['Mar 2023 – Present', 'IT Support Specialist, Ruecker Group, Boston']);
  });

  it('finds the sections of a CV whose headings sit in a label column', async () => {
    const cv = await parseCv(fixture('labelColumn.pdf'));
    assert.deepEqual(cv.section_order.filter((s) => s !== 'contact'), ['work_history', 'education', 'languages']);
    assert.equal(cv.work_history[0]?.start_date, '2020-09');
  });

  it('keeps the field names of a label column beside their values, out of the text', async () => {
    // The labels recur for every entry ("Dates", "Position", "Employer"); smaller and top-aligned,
    // they do not share the values' baselines exactly.
    const doc = await extract('keyValue.pdf');
    const texts = doc.lines.map((l) => l.text);
    assert.ok(!texts.some((t) => /^(Dates|Position|Employer|Phone)$/.test(t)), texts.join('\n'));
    assert.equal(doc.lines.find((l) => l.text === 'Holm Analytics, Berlin')?.label, 'Employer');
    assert.ok(texts.includes('WORK EXPERIENCE') && texts.includes('EDUCATION'));
    const cv = await parseCv(fixture('keyValue.pdf'));
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.company]), [['Data Engineer', 'Holm Analytics'], ['Backend Developer', 'Brandt Systems']]);
  });

  it('does not take a narrow column of bullets repeated in several entries for field names', async () => {
    // Each entry sets its bullets in two narrow columns; the same bullet (and its wrapped line)
    // recurs in two entries, which must not make the left column a label column.
    const doc = await extract('bulletColumns.pdf');
    assert.ok(!doc.lines.some((l) => l.label), doc.lines.filter((l) => l.label).map((l) => l.label).join('\n'));
    const cv = await parseCv(fixture('bulletColumns.pdf'));
    assert.deepEqual(cv.section_order.filter((s) => s !== 'contact'), ['work_history', 'skills', 'education']);
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.start_date]), [['Data Engineer', '2022-04'], ['Software Developer', '2020-05'], ['Project Manager', '2017-08']]);
  });

  it('reads a ruled label column of long, wrapped field names with the section titles in it', async () => {
    // The labels outweigh the short values beside them, and the title "Education and training"
    // repeats the last row of a wrapped label in bold, larger type: it stays a heading.
    const doc = await extract('labelRowsRuled.pdf');
    const texts = doc.lines.map((l) => l.text);
    assert.ok(!texts.some((t) => /^(Dates|employer|held)$|Occupation|organisation/.test(t)), texts.join('\n'));
    assert.ok(texts.includes('Work experience') && texts.includes('Education and training'), texts.join('\n'));
    assert.equal(doc.lines.find((l) => l.text === 'Acme GmbH, Berlin')?.label, 'Name and address of employer');
    const cv = await parseCv(fixture('labelRowsRuled.pdf'));
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.start_date]), [['Data Engineer', 'Acme GmbH', '2021'], ['Analyst', 'Brandt AG', '2018']]);
    assert.equal(cv.education[0]?.institution, 'TU Berlin');
  });

  it('keeps small capitals in one word when the punctuation and digits beside them keep the full size', async () => {
    // Chromium shrinks only the letters of synthetic small capitals: "A" "pr" ". 2023".
    const texts = (await extract('twoPageSidebar.pdf')).lines.map((l) => l.text);
    assert.ok(texts.includes('Aug. 2021 – Apr. 2023') && texts.includes('Sept. 2016 – Dec. 2018'), texts.join('\n'));
  });

  for (const [file, pageTwo] of [['twoPageSidebar.pdf', 'with its own sidebar'], ['twoPageLeftOnly.pdf', 'with the main column alone']]) {
    it(`reads a sidebar layout over two pages column by column (page 2 ${pageTwo})`, async () => {
      const doc = await extract(file);
      const texts = doc.lines.map((l) => l.text);
      // page 2's main column carries the work history on, so it comes before page 1's sidebar
      assert.ok(texts.indexOf('Junior Developer') < texts.indexOf('CONTACT'), texts.join('\n'));
      assert.ok(doc.notes?.some((n) => n.includes('go on from the same columns of page 1')), (doc.notes ?? []).join('\n'));
      const cv = await parseCv(fixture(file));
      assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.end_date]), [
        ['Data Engineer', 'Holm Analytics', '2023-04'], ['Backend Developer', 'Brandt Systems', '2021-07'], ['Junior Developer', 'Acme GmbH', '2018-12']]);
      assert.deepEqual(cv.skills, ['Python', 'Spark', 'Kafka', 'SQL']);
    });
  }

  it('joins a date column right of the body to its entries when the dates read "06/2022 A 10/2025"', async () => {
    const doc = await extract('rightDates.pdf');
    assert.ok(doc.notes?.some((n) => n.includes('column on the right')), (doc.notes ?? []).join('\n'));
    const cv = await parseCv(fixture('rightDates.pdf'));
    assert.deepEqual(cv.work_history.slice(0, 2).map((w) => [w.start_date, w.end_date ?? (w.current ? 'now' : '')]), [['2025-11', 'now'], ['2022-06', '2025-10']]);
  });

  it('rejoins words broken by a hyphen at a column edge, but not compounds', async () => {
    const doc = await extract('hyphens.pdf');
    const texts = doc.lines.map((l) => l.text);
    assert.ok(texts.includes('Cameronmouth'), texts.join('\n'));
    assert.ok(!texts.includes('mouth'));
    assert.ok(texts.includes('Baden-') && texts.includes('Württemberg'));
    assert.ok(texts.includes('cloud-native') && !texts.includes('native'));
  });
  it('reads three justified columns as three flows, not two', async () => {
    const doc = await extract('threeColumns.pdf');
    const texts = doc.lines.map((l) => l.text);
    assert.ok(doc.notes?.some((n) => n.includes('split again')), (doc.notes ?? []).join('\n'));
    // The middle column's lines follow each other, not interleaved with the right column's.
    const work = texts.indexOf('Work Experience');
    assert.ok(work >= 0, texts.join('\n'));
    assert.equal(texts[work + 1], 'Data Engineer, Holm Analytics; 03/2019 -');
    const cv = await parseCv(fixture('threeColumns.pdf'));
    assert.deepEqual(cv.work_history.map((w) => w.company), ['Holm Analytics', 'Brandt Systems']);
    assert.ok(cv.skills.includes('Terraform'), cv.skills.join(', '));
  });

  it('reads newspaper columns as one flow: a section goes on in the next column, a title above them comes first', async () => {
    const doc = await extract('newspaperColumns.pdf');
    assert.equal(doc.lines[0]?.text, 'Lena Vogt', doc.lines.map((l) => l.text).join('\n'));
    assert.ok(!doc.lines.some((l) => l.flowStart));
    const cv = await parseCv(fixture('newspaperColumns.pdf'));
    const companies = cv.work_history.map((w) => w.company);
    for (const c of ['Holm Analytics', 'Brandt Systems', 'Nordlicht GmbH']) assert.ok(companies.includes(c), companies.join(', '));
  });
});
