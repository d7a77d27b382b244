import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseCv } from '../../../src/core/parser/parseCv';
import { type Counts, docF1, overallF1, scoreDoc } from '../../../scripts/cvScore';
import { repoRoot } from '../helpers/tmp';
import { truthOf } from './cvFiles';

const sampleDir = (): string => path.join(repoRoot(), 'test', 'fixtures', 'corpus-sample');

/**
 * One generated CV of each corpus layout family (train and validation alike): a floor that keeps
 * the parser's accuracy on layouts beyond the hand-picked fixtures from sliding back.
 */
describe('parser accuracy on the corpus sample (one CV per layout family)', function () {
  this.timeout(120_000);
  const files = fs.readdirSync(sampleDir()).filter((f) => !f.endsWith('.json')).sort();
  const all: Counts[] = [];

  for (const name of files) {
    it(`${name} scores at least 0.5`, async () => {
      const file = path.join(sampleDir(), name);
      const counts = scoreDoc(truthOf(file), JSON.parse(JSON.stringify(await parseCv(file))));
      all.push(counts);
      assert.ok(docF1(counts) >= 0.5, `F1 ${docF1(counts).toFixed(3)}`);
    });
  }

  it('scores at least 0.88 over the sample', () => {
    assert.equal(all.length, files.length);
    const { overall } = overallF1(all);
    assert.ok(overall >= 0.88, `overall ${overall.toFixed(3)}`);
  });
});
