import assert from 'node:assert/strict';
import { type DocLine, makeLine } from '../../../src/core/parser/document';
import { type TableCell, tableToLines } from '../../../src/core/parser/extract/tableLayout';

function cell(texts: string[], size = 10, width = 0): TableCell {
  return { lines: texts.map((t) => makeLine([t], { size }) as DocLine), width };
}

describe('reading order of word-processor tables', () => {
  it('reads two cells of running text as two flows, the one with the name first', () => {
    const notes: string[] = [];
    const sidebar = cell(['CONTACT', 'ann@example.com', 'SKILLS', 'Go'], 10, 30);
    const main = { lines: [makeLine(['Ann Lee'], { size: 22 }) as DocLine, ...cell(['EXPERIENCE', 'Engineer, Acme']).lines], width: 70 };
    const { lines, endsInFlows } = tableToLines([[sidebar, main]], 10, notes);
    assert.deepEqual(lines.map((l) => l.text), ['Ann Lee', 'EXPERIENCE', 'Engineer, Acme', 'CONTACT', 'ann@example.com', 'SKILLS', 'Go']);
    assert.deepEqual(lines.map((l) => !!l.flowStart), [false, false, false, true, false, false, false]);
    assert.equal(endsInFlows, true);
    assert.match(notes[0], /widths 30% \/ 70%.*2 flows, cell 2 first \(largest text\)/);
  });

  it('without a larger name, the only cell with contact details comes first', () => {
    const { lines } = tableToLines([[cell(['EXPERIENCE', 'Engineer, Acme', '2019 – 2021']), cell(['CONTACT', '+44 20 7946 0321', 'London'])]], 10, []);
    assert.equal(lines[0].text, 'CONTACT');
  });

  it('keeps recurring field names beside their values even when a name is longer than its value', () => {
    const row = (k: string, v: string[]): TableCell[] => [cell([k]), cell(v)];
    const { lines } = tableToLines([
      row('Dates', ['2021 – 2024']), row('Occupation or position held', ['Data Engineer']), row('Name and address of employer', ['Acme GmbH, Berlin']),
      row('Dates', ['2018 – 2021']), row('Occupation or position held', ['Analyst']), row('Name and address of employer', ['Brandt AG']),
      row('Main activities and responsibilities', ['- Built the API', '- Ran the on-call rota']),
    ], 10, []);
    // a name seen once is not known to be a field name: it stays a cell of its line
    assert.deepEqual(lines.map((l) => l.text), ['2021 – 2024', 'Data Engineer', 'Acme GmbH, Berlin', '2018 – 2021', 'Analyst', 'Brandt AG',
      'Main activities and responsibilities\tBuilt the API', 'Ran the on-call rota']);
    assert.deepEqual(lines.map((l) => l.label), ['Dates', 'Occupation or position held', 'Name and address of employer', 'Dates', 'Occupation or position held',
      'Name and address of employer', undefined, undefined]);
  });

  it('keeps a date or label cell on the first line of its entry, the details\' further paragraphs below', () => {
    const notes: string[] = [];
    const { lines, endsInFlows } = tableToLines([
      [cell(['2019 – 2021']), cell(['Engineer, Acme', '- Built the API', '- Ran the on-call rota'])],
      [cell(['2016 – 2019']), cell(['Developer, Initech'])],
    ], 10, notes);
    assert.deepEqual(lines.map((l) => l.cells), [['2019 – 2021', 'Engineer, Acme'], ['Built the API'], ['Ran the on-call rota'], ['2016 – 2019', 'Developer, Initech']]);
    assert.deepEqual(lines.map((l) => l.bullet), [false, true, true, false]);
    assert.equal(endsInFlows, false);
    assert.match(notes[0], /2 rows of side-by-side cells/);
  });

  it('in a table of entries, a label cell of several short lines leads its entry instead of becoming a column', () => {
    const { lines, endsInFlows } = tableToLines([
      [cell(['Jan 2019 –', 'Dec 2021', 'London']), cell(['Engineer, Acme', '- Built the API', '- Ran the on-call rota'])],
      [cell(['2016 – 2019', 'Leeds']), cell(['Developer, Initech', '- Kept the lights on', '- Wrote the docs'])],
    ], 10, []);
    assert.deepEqual(lines.map((l) => l.cells), [
      ['Jan 2019 – Dec 2021', 'London', 'Engineer, Acme'], ['Built the API'], ['Ran the on-call rota'],
      ['2016 – 2019', 'Leeds', 'Developer, Initech'], ['Kept the lights on'], ['Wrote the docs'],
    ]);
    assert.ok(!lines.some((l) => l.flowStart));
    assert.equal(endsInFlows, false);
  });
});
