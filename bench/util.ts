import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `samsara-bench-${prefix}-`));
}

/** Times `fn` after a full GC (the bench runs with --expose-gc), so leftovers of making fixtures are not billed to it. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

export const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

export function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

/** One fsynced write of `bytes` bytes: the floor for persisting a database of that size. */
export function fsyncedWrite(dir: string, bytes: number): number {
  const file = path.join(dir, 'floor.bin');
  const start = performance.now();
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, Buffer.alloc(bytes, 1));
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  const ms = performance.now() - start;
  fs.rmSync(file);
  return ms;
}
