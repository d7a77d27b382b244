import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh temporary folder per test, removed afterwards; `beforeRemove` runs first (closing a
 * store flushes into the folder, so it must happen before the folder goes).
 */
export function useTmpDir(beforeRemove?: () => Promise<void> | void): () => string {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsara-test-'));
  });
  afterEach(async () => {
    await beforeRemove?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** The repository root, found from the bundled test file's location. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export function distFile(name: string): string {
  return path.join(repoRoot(), 'dist', name);
}
