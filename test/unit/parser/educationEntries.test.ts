import assert from 'node:assert/strict';
import { type DocLine, makeLine } from '../../../src/core/parser/document';
import { parseEducation } from '../../../src/core/parser/fields/education';

/** A section as text lines; a tab parts the cells of a line. */
function section(...rows: string[]): DocLine[] {
  return rows.map((r, i) => makeLine(r.split('\t'), { y: i * 12 })).filter((l): l is DocLine => !!l);
}

const read = (lines: DocLine[]): string[][] => parseEducation(lines).map((e) => [e.degree ?? '', e.field ?? '', e.institution ?? '', e.start_date ?? '', e.end_date ?? '']);

describe('education entries: degree, field, school and dates', () => {
  it('keeps the subject after "Grado en" and "Bachelor\'s degree in" as the field', () => {
    assert.deepEqual(read(section('Grado en Ingeniería Informática', 'Universidad de Sevilla, 2012 - 2016')), [['Grado', 'Ingeniería Informática', 'Universidad de Sevilla', '2012', '2016']]);
    assert.deepEqual(read(section("Bachelor's degree in Computer Science", 'University of Texas', '2012 – 2016')), [["Bachelor's degree", 'Computer Science', 'University of Texas', '2012', '2016']]);
  });

  it('parts a degree from its school at "presso", "chez", "at" but not a subject after "en"', () => {
    assert.deepEqual(read(section('Laurea in Informatica presso Università di Bologna', '2012 – 2015')), [['Laurea', 'Informatica', 'Università di Bologna', '2012', '2015']]);
    assert.deepEqual(read(section('Máster en Ciencia de Datos en la Universidad de Granada', '2018 – 2019')), [['Máster', 'Ciencia de Datos', 'Universidad de Granada', '2018', '2019']]);
  });

  it('reads a school known by its initials beside a degree, and an expected end', () => {
    assert.deepEqual(read(section('MBA, INSEAD', '2023 – expected 2024')), [['MBA', '', 'INSEAD', '2023', '2024']]);
  });

  it('reads a range whose end year has two digits or whose ends are seasons', () => {
    assert.deepEqual(read(section('B.A. Economía, Universidad de Granada, 2015–19')), [['B.A.', 'Economía', 'Universidad de Granada', '2015', '2019']]);
    assert.deepEqual(read(section('B.Sc. Computer Science, University of Leeds', 'Fall 2015 – Spring 2019')), [['B.Sc.', 'Computer Science', 'University of Leeds', '2015', '2019']]);
  });
});
