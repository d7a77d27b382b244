/** F1 per layout family, format and language, for a folder whose manifest.json says which each document is. */
import fs from 'node:fs';
import path from 'node:path';
import { type Counts, docF1, overallF1 } from './cvScore';

interface Scored { file: string; counts: Counts }
interface ManifestDoc { file: string; layout?: string; format?: string; lang?: string }
const KEYS = ['layout', 'format', 'lang'] as const;

export function printGroupScores(dir: string, results: Scored[]): void {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) return;
  const docs = (JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { documents?: ManifestDoc[] }).documents ?? [];
  const byFile = new Map(docs.map((d) => [d.file, d]));
  for (const key of KEYS) {
    const groups = new Map<string, Scored[]>();
    for (const r of results) {
      const name = byFile.get(r.file)?.[key] ?? '(not in manifest)';
      groups.set(name, [...(groups.get(name) ?? []), r]);
    }
    console.log(`\nPer ${key} (overall = mean per-field F1 over the group's documents)`);
    console.log(`${key.padEnd(36)} ${'docs'.padStart(4)} ${'overall'.padStart(7)} ${'work'.padStart(6)} ${'worst'.padStart(6)}`);
    for (const [name, rs] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
      const { overall, fields } = overallF1(rs.map((r) => r.counts));
      const worst = Math.min(...rs.map((r) => docF1(r.counts)));
      console.log(`${name.slice(0, 36).padEnd(36)} ${String(rs.length).padStart(4)} ${overall.toFixed(3).padStart(7)} ${fields['work.entries'].f1.toFixed(3).padStart(6)} ${worst.toFixed(3).padStart(6)}`);
    }
  }
}
