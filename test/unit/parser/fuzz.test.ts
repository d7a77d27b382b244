import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CvParseError } from '../../../src/core/parser/errors';
import { parseBuffer } from '../../../src/core/parser/parseCv';
import { cvFiles } from './cvFiles';
import { mutatedInput } from './mutate';

const ROUNDS = Number(process.env.SAMSARA_FUZZ_ROUNDS ?? 300);
const FIRST = Number(process.env.SAMSARA_FUZZ_FIRST ?? 0);
const PER_PARSE_MS = 10_000;
/** Rounds that once found a problem, run every time: 1234 is a ToUnicode map claiming 2^24 codes. */
const REGRESSIONS = [1234];

describe('parser fuzzing', function () {
  this.timeout(Math.max(120_000, ROUNDS * 1_000));

  it(`survives ${ROUNDS} mutated fixture documents: a result or a CvParseError, each within ${PER_PARSE_MS / 1000} s`, async () => {
    const docs = cvFiles().map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
    const outcomes = { parsed: 0, rejected: 0 };
    const rounds = [...REGRESSIONS, ...Array.from({ length: ROUNDS }, (_, i) => FIRST + i)];
    for (const round of rounds) {
      const { label, name, input } = mutatedInput(round, docs);
      const t0 = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${label} took over ${PER_PARSE_MS} ms`)), PER_PARSE_MS);
      });
      try {
        const cv = await Promise.race([parseBuffer(input, name), timeout]);
        assert.ok(Array.isArray(cv.work_history) && typeof cv.raw_text === 'string', label);
        outcomes.parsed++;
      } catch (err) {
        if (!(err instanceof CvParseError)) assert.fail(`${label} threw ${(err as Error)?.stack ?? String(err)}`);
        outcomes.rejected++;
      } finally {
        clearTimeout(timer);
      }
      assert.ok(Date.now() - t0 < PER_PARSE_MS, label);
    }
    assert.equal(outcomes.parsed + outcomes.rejected, rounds.length);
  });
});
