import assert from 'node:assert/strict';
import { latestJob, yearsOfExperience } from '../../../src/core/export/experience';
import type { WorkEntry } from '../../../src/core/parsedCv';

describe('years of experience', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const years = (...work: WorkEntry[]) => yearsOfExperience(work, now);

  it('counts month-precise periods with both end months', () => {
    assert.equal(years({ start_date: '2019-03', end_date: '2021-06' }), 2.3); // 28 months
    assert.equal(years({ start_date: '2020-01', end_date: '2020-12' }), 1);
    assert.equal(years({ start_date: '2020-05', end_date: '2020-05' }), 0.1);
  });

  it('reads a bare year as its middle, so 2019 – 2021 is two years', () => {
    assert.equal(years({ start_date: '2019', end_date: '2021' }), 2);
    assert.equal(years({ start_date: '2019', end_date: '2021-06' }), 2);
  });

  it('runs a current job through the month of "now", and never past it', () => {
    assert.equal(years({ start_date: '2020-01', current: true }), 6.9); // Jan 2020 – Nov 2026: 83 months
    assert.equal(yearsOfExperience([{ start_date: '2020-01', current: true }], new Date('2030-01-15T00:00:00Z')), 10.1);
    assert.equal(years({ start_date: '2025-01', end_date: '2031-12' }), 1.9, 'a future end stops at now');
    assert.equal(years({ start_date: '2027-01', end_date: '2028-01' }), undefined);
  });

  it('counts overlapping jobs once and adds gaps nowhere', () => {
    assert.equal(years({ start_date: '2015-01', end_date: '2016-12' }, { start_date: '2016-01', end_date: '2017-12' }, { start_date: '2020-01', end_date: '2020-12' }), 4);
    assert.equal(years({ start_date: '2010-01', end_date: '2019-12' }, { start_date: '2012-01', end_date: '2013-12' }), 10);
  });

  it('leaves out jobs it cannot date, and says nothing when none can be', () => {
    assert.equal(years({ title: 'Freelancer' }, { start_date: '2019-01' }, { start_date: 'Summer 2019', end_date: '2020' }), undefined);
    assert.equal(years(), undefined);
    assert.equal(years({ start_date: '2019-01' }, { start_date: '2020-01', end_date: '2020-06' }), 0.5);
  });

  it('is the same whatever order the jobs are listed in', () => {
    const jobs: WorkEntry[] = [{ start_date: '2018', end_date: '2019-03' }, { start_date: '2021-02', current: true }, { start_date: '2016-06', end_date: '2018-08' }];
    assert.equal(years(...jobs), years(...[...jobs].reverse()));
  });

  it('picks the current job, else the one that ended last', () => {
    assert.equal(latestJob([{ title: 'Old', end_date: '2019' }, { title: 'Now', start_date: '2020', current: true }])?.title, 'Now');
    assert.equal(latestJob([{ title: 'A', end_date: '2019-02' }, { title: 'B', end_date: '2021' }, { title: 'C', start_date: '2020-01', end_date: '2020-05' }])?.title, 'B');
    assert.equal(latestJob([{ title: 'Undated' }, { title: 'Also undated' }])?.title, 'Undated');
    assert.equal(latestJob([]), undefined);
  });
});
