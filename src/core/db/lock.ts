import fs from 'node:fs';
import { DatabaseError } from './errors';

/**
 * One writer per database: `<db>.lock` holds the owner's pid. A lock whose process is gone
 * (crash, SIGKILL) is taken over, so a crash never leaves the database unusable.
 */
export class FileLock {
  private held = false;

  constructor(readonly lockPath: string) {}

  acquire(): void {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.writeFileSync(this.lockPath, String(process.pid), { flag: 'wx' });
        this.held = true;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const owner = readOwner(this.lockPath);
      if (owner !== undefined && isAlive(owner)) {
        throw new DatabaseError(
          `The CV queue database is in use by another process (pid ${owner}): close the other VS Code window or samsara command, then try again.`,
          'LOCKED',
        );
      }
      fs.rmSync(this.lockPath, { force: true });
    }
    throw new DatabaseError(`Could not take the database lock ${this.lockPath}.`, 'LOCKED');
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    if (readOwner(this.lockPath) === process.pid) fs.rmSync(this.lockPath, { force: true });
  }
}

function readOwner(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
