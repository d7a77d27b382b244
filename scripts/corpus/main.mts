// Renders fictional CVs in many layout families, each document with the truth it shows, and a manifest.
//   npm run corpus -- [--out DIR] [--split train|validation|all] [--per-family N] [--seed S] [--family ID,ID]
import fs from 'node:fs';
import path from 'node:path';
import { buildDoc } from './buildDoc.mjs';
import type { Family, Split } from './family.mjs';
import { DocxConverter, HtmlPrinter } from './printers.mjs';
import { FAMILIES } from './registry.mjs';

interface Options { out: string; splits: Split[]; perFamily: number; seed: number; families?: string[] }
interface Entry { file: string; layout: string; format: string; lang: string; seed: number; split: Split; source: string; via?: string; truth_values_kept: number; truth_values_dropped: string[] }

/** leaf values of a truth object (strings, numbers, booleans), as the shared manifest counts them */
const countValues = (v: unknown): number => (Array.isArray(v) ? v.reduce((n: number, x) => n + countValues(x), 0)
  : v && typeof v === 'object' ? Object.values(v).reduce((n: number, x) => n + countValues(x), 0) : v === undefined || v === '' ? 0 : 1);

function options(argv: string[]): Options {
  const opt = (name: string, def: string): string => { const i = argv.indexOf(`--${name}`); return i >= 0 && argv[i + 1] ? argv[i + 1] : def; };
  const split = opt('split', 'all');
  if (!['train', 'validation', 'all'].includes(split)) throw new Error(`--split must be train, validation or all, not ${split}`);
  const perFamily = Number(opt('per-family', '6'));
  const seed = Number(opt('seed', '1'));
  if (!Number.isInteger(perFamily) || perFamily < 1 || !Number.isInteger(seed)) throw new Error('--per-family and --seed take whole numbers');
  const families = opt('family', '') ? opt('family', '').split(',') : undefined;
  const unknown = families?.filter((id) => !FAMILIES.some((fam) => fam.id === id));
  if (unknown?.length) throw new Error(`unknown --family ${unknown.join(', ')}`);
  return { out: opt('out', path.join('build', 'corpus')), splits: split === 'all' ? ['train', 'validation'] : [split as Split], perFamily, seed, families };
}

async function renderFamily(family: Family, o: Options, dir: string, printer: HtmlPrinter, docx: DocxConverter): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let i = 0; i < o.perFamily; i++) {
    const { base, lang, format, seed, cv, output: out, truth } = await buildDoc(family, o.seed, i);
    const file = `${base}.${format}`;
    let via: string | undefined;
    if (out.kind === 'html') {
      await printer.print(out.html, path.join(dir, file), out.softHyphens);
      via = 'html -> chromium pdf';
    } else if (out.kind === 'text') {
      fs.writeFileSync(path.join(dir, file), out.text);
    } else if (out.kind === 'pdf') {
      fs.writeFileSync(path.join(dir, file), out.buffer);
      via = 'latex -> pdflatex';
    } else if (format === 'docx') {
      fs.writeFileSync(path.join(dir, file), out.buffer);
    } else {
      if (format !== 'pdf' && format !== 'odt' && format !== 'rtf') throw new Error(`${family.id}: cannot convert DOCX to ${format}`);
      docx.add(out.buffer, base, format, dir);
      via = `docx -> libreoffice ${format}`;
    }
    fs.writeFileSync(path.join(dir, `${base}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    entries.push({ file, layout: family.id, format, lang, seed, split: family.split, source: 'faker', via, truth_values_kept: countValues(truth), truth_values_dropped: cv.dropped });
  }
  return entries;
}

function writeManifest(dir: string, split: Split, o: Options, entries: Entry[]): void {
  const dropped: Record<string, number> = {};
  for (const e of entries) for (const d of e.truth_values_dropped) dropped[d] = (dropped[d] ?? 0) + 1;
  const summary = {
    corpus: `generated:${split}`, seed: o.seed, per_family: o.perFamily, documents: entries.length, families: new Set(entries.map((e) => e.layout)).size,
    truth_values_kept: entries.reduce((n, e) => n + e.truth_values_kept, 0), truth_values_dropped_not_visible: entries.reduce((n, e) => n + e.truth_values_dropped.length, 0),
    dropped_by_field: dropped,
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ summary, documents: entries }, null, 2)}\n`);
}

function writeReadme(o: Options): void {
  const lines = FAMILIES.map((f) => `${f.split.padEnd(10)} ${f.id.padEnd(34)} ${f.formats.join('/').padEnd(14)} ${[...new Set(f.langs)].join('/')}`);
  fs.writeFileSync(path.join(o.out, 'README.txt'), [
    `Generated CV corpus (npm run corpus -- --seed ${o.seed} --per-family ${o.perFamily}). Each X.ext has X.truth.json and`,
    'each split folder a manifest.json. Fictional people. Tune the parser on train/ only: validation/ is for measuring.',
    '', `${'split'.padEnd(10)} ${'layout'.padEnd(34)} ${'formats'.padEnd(14)} languages`, ...lines, '',
  ].join('\n'));
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const printer = new HtmlPrinter();
  const docx = new DocxConverter();
  const bySplit = new Map<Split, Entry[]>();
  try {
    for (const split of o.splits) {
      const dir = path.join(o.out, split);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const entries: Entry[] = [];
      for (const family of FAMILIES.filter((fam) => fam.split === split && (!o.families || o.families.includes(fam.id)))) entries.push(...await renderFamily(family, o, dir, printer, docx));
      bySplit.set(split, entries);
    }
  } finally {
    await printer.close();
  }
  docx.run();
  for (const [split, entries] of bySplit) writeManifest(path.join(o.out, split), split, o, entries);
  writeReadme(o);
  for (const [split, entries] of bySplit) console.log(`${split}: ${entries.length} documents in ${path.join(o.out, split)}`);
}

void main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
