import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { CvParseError } from '../../../src/core/parser/errors';
import { parseBuffer } from '../../../src/core/parser/parseCv';
import { cvFiles } from './cvFiles';

/** A small seeded generator, so a failing round can be replayed from its number. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

type Mutation = (bytes: Uint8Array, rand: () => number) => Uint8Array;

const truncate: Mutation = (b, r) => b.slice(0, Math.floor(r() * b.length));
const flip: Mutation = (b, r) => {
  const out = b.slice();
  const n = 1 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
  return out;
};
const splice: Mutation = (b, r) => {
  const at = Math.floor(r() * b.length);
  const len = Math.floor(r() * Math.min(4096, b.length - at));
  return new Uint8Array([...b.subarray(0, at), ...b.subarray(at + len)]);
};
/** Reorders the entries of a zip (DOCX, ODT) and sometimes damages one of them. */
const shuffleZip: Mutation = (b, r) => {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(b);
  } catch {
    return flip(b, r);
  }
  const names = Object.keys(entries).sort(() => r() - 0.5);
  const out: Record<string, Uint8Array> = {};
  for (const n of names) out[n] = r() < 0.2 ? flip(entries[n], r) : entries[n];
  if (r() < 0.2 && names.length) delete out[names[Math.floor(r() * names.length)]];
  return zipSync(out);
};

const MUTATIONS: [string, Mutation][] = [['truncate', truncate], ['flip', flip], ['splice', splice], ['shuffle-zip', shuffleZip]];
const ROUNDS = Number(process.env.SAMSARA_FUZZ_ROUNDS ?? 300);
const PER_PARSE_MS = 10_000;

describe('parser fuzzing', function () {
  this.timeout(Math.max(120_000, ROUNDS * 1_000));

  it(`survives ${ROUNDS} mutated fixture documents: a result or a CvParseError, each within ${PER_PARSE_MS / 1000} s`, async () => {
    const docs = cvFiles().map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
    const outcomes = { parsed: 0, rejected: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const rand = rng(round + 1);
      const doc = docs[Math.floor(rand() * docs.length)];
      const zipped = /\.(docx|odt)$/.test(doc.name);
      const choices = MUTATIONS.filter(([n]) => n !== 'shuffle-zip' || zipped);
      const [mname, mutate] = choices[Math.floor(rand() * choices.length)];
      const input = mutate(doc.bytes, rand);
      const label = `round ${round}: ${mname} of ${doc.name}`;
      const t0 = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${label} took over ${PER_PARSE_MS} ms`)), PER_PARSE_MS);
      });
      try {
        const cv = await Promise.race([parseBuffer(input, doc.name), timeout]);
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
    assert.equal(outcomes.parsed + outcomes.rejected, ROUNDS);
  });
});
