import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A real file system of a fixed size (tmpfs), for disks that fill up or turn read-only. */
export interface SmallDisk {
  readonly path: string;
  /** `mount -o remount,…` with these options (e.g. 'ro', 'size=64m'). */
  remount(options: string): void;
  unmount(): void;
}

/** Mounts one under `dir`; skips the test where mounting is not permitted (not root, a container). */
export function mountSmallDisk(test: Mocha.Context, dir: string, size: string): SmallDisk {
  const mountPoint = path.join(dir, `disk-${size}`);
  fs.mkdirSync(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { stdio: 'ignore' });
  } catch {
    console.log(`      (skipped: mounting a ${size} file system is not permitted here)`);
    test.skip();
  }
  return {
    path: mountPoint,
    remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, mountPoint]),
    unmount: () => execFileSync('umount', [mountPoint]),
  };
}
