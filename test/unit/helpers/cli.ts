import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { distFile, repoRoot } from './tmp';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli.js) as a user would; `killAfterMs` sends SIGKILL mid-run. */
export function runCli(args: string[], options: { killAfterMs?: number; cwd?: string; nodeArgs?: string[] } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), distFile('cli.js'), ...args], { cwd: options.cwd ?? repoRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
    // Collected as bytes and decoded once, so a character split across chunks survives.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    const timer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

const READ_BY_OCR = new Set(['scanned-no-text-layer.pdf']);

/**
 * Thirty CV files: the fixture documents, the broken ones, and small distinct text CVs to make up
 * the number. The scanned PDF among the broken ones is read by OCR, so it is expected to complete.
 */
export function thirtyCvs(dir: string): { files: string[]; bad: string[] } {
  const fixtures = path.join(repoRoot(), 'test/fixtures');
  const pick = (sub: string) => fs.readdirSync(path.join(fixtures, sub)).filter((f) => !/\.(json|md)$/.test(f) || /^cv-.*\.md$/.test(f));
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const bad: string[] = [];
  for (const sub of ['cvs', 'bad']) {
    for (const name of pick(sub)) {
      const target = path.join(dir, name);
      fs.copyFileSync(path.join(fixtures, sub, name), target);
      files.push(target);
      if (sub === 'bad' && !READ_BY_OCR.has(name)) bad.push(target);
    }
  }
  for (let i = 0; files.length < 30; i++) {
    const target = path.join(dir, `text-cv-${i}.txt`);
    fs.writeFileSync(target, `Candidate Number${i}\ncandidate${i}@example.com\n\nExperience\nEngineer, Acme ${i}\n2019 - 2021\n`);
    files.push(target);
  }
  return { files, bad };
}
