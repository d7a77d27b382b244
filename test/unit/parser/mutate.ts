import { unzipSync, zipSync } from 'fflate';

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

export const MUTATIONS: [string, Mutation][] = [['truncate', truncate], ['flip', flip], ['splice', splice], ['shuffle-zip', shuffleZip]];
export interface FuzzDoc {
  name: string;
  bytes: Uint8Array;
}

/** The input of one fuzzing round: a fixture and a mutation chosen by the round's seed. */
export function mutatedInput(round: number, docs: FuzzDoc[]): { label: string; name: string; input: Uint8Array } {
  const rand = rng(round + 1);
  const doc = docs[Math.floor(rand() * docs.length)];
  const zipped = /\.(docx|odt)$/.test(doc.name);
  const choices = MUTATIONS.filter(([n]) => n !== 'shuffle-zip' || zipped);
  const [mname, mutate] = choices[Math.floor(rand() * choices.length)];
  return { label: `round ${round}: ${mname} of ${doc.name}`, name: doc.name, input: mutate(doc.bytes, rand) };
}
