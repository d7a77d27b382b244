/** Makes one document of a family: the person, the style, the rendering and the truth, all from one seed. */
import { type CvData, makeCv, makeFaker } from './cvData.mjs';
import type { Family, Format, Output } from './family.mjs';
import { type Style, applyDatePrecision, pickStyle } from './style.mjs';
import { truthOf } from './truth.mjs';
import type { Lang } from './vocab.mjs';

export interface Built { base: string; lang: Lang; format: Format; seed: number; cv: CvData; style: Style; output: Output; truth: object }

/** A document's seed depends on the run's seed, the family and the index only, so adding a family changes no other document. */
export function docSeed(seed: number, family: string, i: number): number {
  let h = 2166136261;
  for (const ch of `${seed}:${family}:${i}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % 1_000_000_007;
}

export async function buildDoc(family: Family, runSeed: number, i: number): Promise<Built> {
  const lang = family.langs[i % family.langs.length];
  const format = family.formats[i % family.formats.length];
  const seed = docSeed(runSeed, family.id, i);
  const f = makeFaker(lang, seed);
  const cv = makeCv(f, lang);
  const style = pickStyle(f, lang, family.ranges, family.bullets);
  applyDatePrecision(cv, style);
  family.adapt?.(cv, f, style);
  const output = await family.render({ cv, style, f, format });
  const base = `${family.short}-${String(i + 1).padStart(3, '0')}-${lang}`;
  return { base, lang, format, seed, cv, style, output, truth: truthOf(cv) };
}
