import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/tmp';

export const cvDir = (): string => path.join(repoRoot(), 'test', 'fixtures', 'cvs');
export const badDir = (): string => path.join(repoRoot(), 'test', 'fixtures', 'bad');

/** Fixture CVs (not truth files), sorted. */
export function cvFiles(): string[] {
  return fs.readdirSync(cvDir()).filter((f) => !f.endsWith('.json')).sort().map((f) => path.join(cvDir(), f));
}

export function truthOf(file: string): unknown {
  return JSON.parse(fs.readFileSync(file.replace(/\.[^.]+$/, '.truth.json'), 'utf8'));
}
