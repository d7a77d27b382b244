/** Runs Debian's pdflatex on a generated .tex file (generation only: tests never need TeX). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SPECIAL: Record<string, string> = { '\\': '\\textbackslash{}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
export const tex = (s: string): string => s.replace(/[\\&%$#_{}~^]/g, (c) => SPECIAL[c]);

/** compiles twice (the second pass settles page references); throws with the log's first error */
export function pdflatex(source: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvtex-'));
  try {
    fs.writeFileSync(path.join(dir, 'cv.tex'), source);
    for (let pass = 0; pass < 2; pass++) {
      try {
        execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'cv.tex'], { cwd: dir, stdio: 'pipe', timeout: 120_000 });
      } catch {
        const log = fs.readFileSync(path.join(dir, 'cv.log'), 'utf8');
        throw new Error(`pdflatex failed: ${/^!.*$/m.exec(log)?.[0] ?? 'see log'}`);
      }
    }
    return fs.readFileSync(path.join(dir, 'cv.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
