import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { extractDocument } from '../../../src/core/parser/extract/extract';
import { parseCv } from '../../../src/core/parser/parseCv';
import { repoRoot, useTmpDir } from '../helpers/tmp';
import { dateColumnDocx, headerAndTextBoxDocx, sidebarTableDocx } from './layoutDocx';

const layoutDir = (): string => path.join(repoRoot(), 'test/fixtures/layout');

async function saved(tmp: string, name: string, bytes: Buffer): Promise<string> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('word-processor layouts read through their structure', () => {
  const tmp = useTmpDir();

  for (const ext of ['docx', 'odt']) {
    it(`${ext.toUpperCase()}: a sidebar cell beside a main cell is read as two flows, each heading on its own line`, async () => {
      const file = ext === 'docx' ? await saved(tmp(), 'sidebar.docx', await sidebarTableDocx()) : path.join(layoutDir(), 'sidebar-table.odt');
      const doc = await extractDocument(new Uint8Array(fs.readFileSync(file)), file);
      for (const h of ['CONTACT', 'SKILLS', 'LANGUAGES', 'WORK EXPERIENCE', 'EDUCATION']) {
        assert.ok(doc.lines.some((l) => l.text === h && l.bold), `${h} is a line of its own`);
      }
      assert.equal(doc.lines.filter((l) => l.flowStart).length, 1, 'the second cell starts a new flow');
      assert.ok(doc.notes?.some((n) => n.includes('2 flows')));
      const cv = await parseCv(file);
      assert.equal(cv.contact.name, 'Priya Raman');
      assert.equal(cv.contact.email, 'priya.raman@example.co.uk');
      assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.start_date, w.end_date ?? null]), [
        ['Business Analyst', 'Reynolds Logistics Ltd', '2020-03', null],
        ['Junior Analyst', 'Carter & Webb LLP', '2017-09', '2020-02'],
      ]);
      assert.deepEqual(cv.skills, ['Redis', 'NumPy', 'SQL', 'Tableau']);
      assert.deepEqual(cv.languages.map((l) => l.language), ['English', 'Tamil']);
      assert.equal(cv.education[0]?.institution, 'University of Leeds');
    });
  }

  it('DOCX: a date cell beside each entry stays on the entry\'s first line', async () => {
    const file = await saved(tmp(), 'dates.docx', await dateColumnDocx());
    const doc = await extractDocument(new Uint8Array(fs.readFileSync(file)), file);
    assert.ok(doc.lines.some((l) => l.cells[0] === '2021 – 2024' && l.cells[1] === 'Data Engineer, Halvorsen Analytics AS'));
    assert.ok(doc.lines.some((l) => l.bullet && l.text === 'Moved the nightly loads to Airflow'));
    const cv = await parseCv(file);
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.start_date, w.end_date]), [
      ['Data Engineer', 'Halvorsen Analytics AS', '2021', '2024'],
      ['Software Developer', 'Brightwater Systems', '2018', '2021'],
    ]);
    assert.deepEqual(cv.work_history[0].highlights, ['Moved the nightly loads to Airflow', 'Cut warehouse costs by a third']);
    assert.equal(cv.education[0]?.start_date, '2014');
  });

  it('DOCX: contact details in the page header and a text box are read', async () => {
    const file = await saved(tmp(), 'header.docx', await headerAndTextBoxDocx());
    const doc = await extractDocument(new Uint8Array(fs.readFileSync(file)), file);
    assert.equal(doc.lines[0].text, 'Lukas Brandt');
    assert.ok(doc.lines.some((l) => l.text === 'LANGUAGES' && l.flowStart));
    const cv = await parseCv(file);
    assert.equal(cv.contact.name, 'Lukas Brandt');
    assert.equal(cv.contact.email, 'lukas.brandt@example.de');
    assert.deepEqual(cv.languages.map((l) => l.language), ['German', 'English']);
    assert.equal(cv.work_history[0]?.company, 'Nordwind GmbH');
    assert.equal(cv.education[0]?.institution, 'Universität Hamburg');
  });

  it('RTF: the page header comes first, once, and the footer last', async () => {
    const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\headerf {\b Lena Vogt}\par lena.vogt@example.de\par}{\header {\b Lena Vogt}\par lena.vogt@example.de\par}{\footer Seite 1\par}
{\b BERUFSERFAHRUNG}\par
Entwicklerin, Müller GmbH, 03/2019 \endash  heute\par
}`;
    const doc = await extractDocument(new Uint8Array(Buffer.from(rtf, 'latin1')), 'cv.rtf');
    assert.deepEqual(doc.lines.map((l) => l.text), ['Lena Vogt', 'lena.vogt@example.de', 'BERUFSERFAHRUNG', 'Entwicklerin, Müller GmbH, 03/2019 – heute', 'Seite 1']);
  });

  it('DOCX: a symbol typed before a tab is a list marker; styles give headings, capitals and sizes', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const styles = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>`
      + '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style></w:styles>';
    const p = (inner: string, style = ''): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${inner}</w:p>`;
    const body = p('<w:r><w:t>Berufserfahrung</w:t></w:r>', 'berschrift1') + p('<w:r><w:t>›</w:t><w:tab/><w:t>Führte das Team</w:t></w:r>')
      + p('<w:r><w:t xml:space="preserve">Entwickler bei </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Acme</w:t></w:r>');
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`), 'word/styles.xml': strToU8(styles) });
    const doc = await extractDocument(bytes, 'cv.docx');
    assert.deepEqual(doc.lines.map((l) => [l.text, l.heading, l.bold, l.bullet, l.size]), [
      ['BERUFSERFAHRUNG', true, true, false, 14],
      ['Führte das Team', false, false, true, 10.5],
      ['Entwickler bei Acme', false, false, false, 10.5],
    ]);
    assert.equal(doc.bodySize, 10.5);
  });
});
