import assert from 'node:assert/strict';
import { findDateRanges, firstDateRange, isDateFragment } from '../../../src/core/parser/fields/dates';

/** The first range of a text as "start..end", "start..now" or "start". */
function range(text: string): string {
  const r = firstDateRange(text);
  if (!r) return 'none';
  return r.end || r.current ? `${r.start}..${r.end ?? 'now'}` : `${r.start}`;
}

describe('date forms in five languages', () => {
  it('reads a full date with its day as its month', () => {
    assert.equal(range('01.03.2019 – 30.06.2021'), '2019-03..2021-06');
    assert.equal(range('March 1, 2019 – June 30, 2021'), '2019-03..2021-06');
  });

  it('reads "month de year" in Spanish and "month del year" in Italian', () => {
    assert.equal(range('septiembre de 2015 a junio de 2019'), '2015-09..2019-06');
    assert.equal(range('desde junio de 2019'), '2019-06..now');
    assert.equal(range('marzo del 2018 – luglio del 2020'), '2018-03..2020-07');
  });

  it('reads seasons and semesters as their year', () => {
    assert.equal(range('Summer 2019 – Spring 2021'), '2019..2021');
    assert.equal(range('Herbst 2015 – Frühjahr 2019'), '2015..2019');
    assert.equal(range('WS 2015/16 – SS 2019'), '2015..2019');
    assert.equal(range('automne 2015 – été 2019'), '2015..2019');
    assert.equal(range('otoño 2015 – primavera 2019'), '2015..2019');
    assert.equal(range('autunno 2015 – estate 2019'), '2015..2019');
    assert.ok(isDateFragment('Fall 2015 –'));
    assert.ok(!isDateFragment('Class of'));
  });

  it('reads a range end written with two digits, but not a count after a year', () => {
    assert.equal(range('2015–19'), '2015..2019');
    assert.equal(range('B.A. Economía, Universidad de Granada, 2015 – 19'), '2015..2019');
    assert.equal(range('2019-20'), '2019..2020');
    assert.equal(range('In 2019 - 20 people joined'), '2019');
    assert.equal(range('2019–12'), '2019');
  });

  it('reads month/two-digit-year ranges only as ranges', () => {
    assert.equal(range('10/12 – 09/17'), '2012-10..2017-09');
    assert.equal(range('04/21 – heute'), '2021-04..now');
    assert.deepEqual(findDateRanges('Scored 10/12 in the test'), []);
  });

  it('reads "ab", "à partir de" and more words for the present as an open range', () => {
    assert.equal(range('ab 04/2020'), '2020-04..now');
    assert.equal(range('ab Oktober 2021'), '2021-10..now');
    assert.equal(range('à partir de mars 2022'), '2022-03..now');
    assert.equal(range('2019 – Actualmente'), '2019..now');
    assert.equal(range('2019 – attualmente'), '2019..now');
    assert.equal(range('2021 – à ce jour'), '2021..now');
    assert.equal(range('2021 – ad oggi'), '2021..now');
    assert.equal(range('2021 – a la fecha'), '2021..now');
    assert.equal(range('2021 – en la actualidad'), '2021..now');
  });

  it('reads a year given with an apostrophe in its century', () => {
    assert.equal(range("Sept '98 – June '01"), '1998-09..2001-06');
  });
});
