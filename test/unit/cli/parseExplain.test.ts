import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { repoRoot } from '../helpers/tmp';

describe('samsara parse --explain (the built CLI)', function () {
  this.timeout(60_000);
  const file = path.join(repoRoot(), 'test/fixtures/layout/margin-rows.txt');

  it('prints each heading with its signals and score, the near misses and the sections', async () => {
    const run = await runCli(['parse', file, '--explain']);
    assert.equal(run.code, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, /^extractor:\n/);
    assert.match(out, /line 4 +"Experience" → work_history \+ content "IT Support Specialist, …" +score [\d.]+: heading word \(work_history\) \+2\.5, first cell of a row \+0\.5/);
    assert.match(out, /near misses:\n( {2}none|.*line)/);
    assert.match(out, /sections:\n {2}header +\(no heading\) +2 lines\n {2}summary +"Profile"/);
    assert.match(out, /result: 2 work, 1 education, 4 skills/);
  });

  it('leaves the JSON output as it was and refuses --json with --explain', async () => {
    const json = await runCli(['parse', file, '--json']);
    assert.equal(JSON.parse(json.stdout).work_history.length, 2);
    const both = await runCli(['parse', file, '--json', '--explain']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--json and --explain cannot be combined/);
  });
});
