import assert from 'node:assert/strict';
import path from 'node:path';
import { parseCv } from '../../../src/core/parser/parseCv';
import { type Counts, docF1, overallF1, scoreDoc } from '../../../scripts/cvScore';
import { cvFiles, truthOf } from './cvFiles';

/** Each fixture CV against its truth: a floor per document and for the whole set. */
describe('parser accuracy on the fixture CVs', function () {
  this.timeout(60_000);
  const all: Counts[] = [];

  for (const file of cvFiles()) {
    it(`${path.basename(file)} scores at least 0.78`, async () => {
      const cv = JSON.parse(JSON.stringify(await parseCv(file)));
      const counts = scoreDoc(truthOf(file), cv);
      all.push(counts);
      assert.ok(docF1(counts) >= 0.78, `F1 ${docF1(counts).toFixed(3)}`);
    });
  }

  it('scores at least 0.92 overall', () => {
    assert.equal(all.length, cvFiles().length);
    const { overall } = overallF1(all);
    assert.ok(overall >= 0.92, `overall ${overall.toFixed(3)}`);
  });

  it('gives the same result for the same file twice, apart from the time taken', async () => {
    const file = cvFiles()[0];
    const a = await parseCv(file);
    const b = await parseCv(file);
    assert.deepEqual({ ...a, extract_time_ms: 0 }, { ...b, extract_time_ms: 0 });
  });
});
