import assert from 'node:assert/strict';
import { type DocLine, type ExtractedDoc, makeLine } from '../../../src/core/parser/document';
import { findHeadings } from '../../../src/core/parser/fields/headingMarks';
import { splitSections } from '../../../src/core/parser/fields/sections';

/** A line of a PDF page: body text is 10 pt at x = 120 unless told otherwise. */
function line(cells: string | string[], init: Partial<DocLine> = {}): DocLine {
  const l = makeLine(Array.isArray(cells) ? cells : [cells], { size: 10, x: 120, ...init });
  assert.ok(l);
  return l;
}

function doc(lines: DocLine[]): ExtractedDoc {
  return { lines, links: [], warnings: [], bodySize: 10 };
}

const caps = { size: 12, bold: true, gapAbove: 2 };

describe('section headings by scored signals', () => {
  it('joins a heading wrapped over two lines in a narrow margin', () => {
    const sections = splitSections(doc([
      line('Camille Martin', { size: 20 }),
      line('EXPÉRIENCE', { ...caps, x: 40 }),
      line('PROFESSIONNELLE', { ...caps, x: 40, gapAbove: 1 }),
      line('Développeuse, Société Générale', { gapAbove: 2 }),
      line('2019 – 2023'),
      line('INFORMATIONS', { ...caps, x: 40 }),
      line('PERSONNELLES', { ...caps, x: 40, gapAbove: 1 }),
      line('camille@example.fr'),
    ]));
    assert.deepEqual(sections.map((s) => [s.key, s.heading]), [['header', ''], ['work_history', 'EXPÉRIENCE PROFESSIONNELLE'], ['contact', 'INFORMATIONS PERSONNELLES']]);
    assert.equal(sections[1].lines[0].text, 'Développeuse, Société Générale');
  });

  it('reads a heading word in the first cell of a row as a heading plus a content line', () => {
    const sections = splitSections(doc([
      line('Jordan Lee', { size: 20 }),
      line(['Experience', 'IT Support Specialist, Kertzmann Inc, Flatleystead, IA.', 'Mar 2023–Present']),
      line('Resolved tickets for 300 staff', { bullet: true }),
      line(['Education', 'University of Iowa, B.Sc. Computer Science', '2016 – 2020']),
    ]));
    assert.deepEqual(sections.map((s) => s.key), ['header', 'work_history', 'education']);
    assert.equal(sections[1].lines[0].cells[0], 'IT Support Specialist, Kertzmann Inc, Flatleystead, IA.');
  });

  it('keeps a label cell inside a job in that job', () => {
    const sections = splitSections(doc([
      line('WORK EXPERIENCE', caps),
      line('Engineer, Acme GmbH'),
      line('2019 – 2023'),
      line(['Tools', 'Docker, Kubernetes']),
      line('EDUCATION', caps),
    ]));
    assert.deepEqual(sections.map((s) => s.key), ['work_history', 'education']);
    assert.equal(sections[0].lines.length, 3);
  });

  for (const [word, key] of [['Berufserfahrung', 'work_history'], ['Esperienza lavorativa', 'work_history'], ['Werkervaring', 'work_history'], ['Experiência profissional', 'work_history'],
    ['Istruzione', 'education'], ['Opleiding', 'education'], ['Formação', 'education'], ['Competenze', 'skills'], ['Vaardigheden', 'skills'], ['Competências', 'skills'],
    ['Lingue', 'languages'], ['Talen', 'languages'], ['Certificazioni', 'certifications'], ['Profilo', 'summary'], ['Profiel', 'summary']] as const) {
    it(`knows "${word}" as ${key}`, () => {
      const { marks } = findHeadings([line('Name Surname', { size: 20 }), line(word, caps), line('Some content here')], 10);
      assert.deepEqual(marks.map((m) => m.key), [key]);
    });
  }

  it('does not take a heading word that carries on a sentence for a heading', () => {
    const lines = [
      line('SUMMARY', caps),
      line('I have led teams across three countries and built a strong record of cross-team'),
      line('Leadership'),
      line('in the field of payments.'),
    ];
    const { marks, nearMisses } = findHeadings(lines, 10);
    assert.deepEqual(marks.map((m) => m.heading), ['SUMMARY']);
    assert.deepEqual(nearMisses.map((c) => c.heading), ['Leadership']);
  });

  it('does not take the name line for a heading, however large', () => {
    const { marks } = findHeadings([line('JANE DOE', { size: 24, bold: true, heading: true }), line('jane@example.com'), line('SKILLS', caps), line('Go, Rust')], 10);
    assert.deepEqual(marks.map((m) => m.heading), ['SKILLS']);
  });

  it('finds unnamed sections set in the style of the named ones, but not entry heads', () => {
    const { marks } = findHeadings([
      line('EXPERIENCE', caps), line('ACME GMBH', caps), line('2019 – 2023'), line('Built things'),
      line('VOLUNTEERING ABROAD', caps), line('Taught children in Peru'),
    ], 10);
    assert.deepEqual(marks.map((m) => [m.heading, m.key]), [['EXPERIENCE', 'work_history'], ['VOLUNTEERING ABROAD', 'other']]);
  });

  it('reports the signals and score of each heading', () => {
    const { marks } = findHeadings([line('Name', { size: 20 }), line('Skills', { ...caps, x: 40 }), line('Go')], 10);
    const names = marks[0].signals.map((s) => s.name);
    assert.ok(names.includes('left margin') && names.includes('bold') && names.includes('heading word (skills)'), names.join());
    assert.ok(marks[0].score >= 3);
  });
});
