import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DatabaseError } from './errors';
import { type LockSnapshot, chainKey, createExclusive, isAlivePid, readSnapshot, removeQuietly, replaceAtomically } from './lockFiles';

/** How long to wait for another process that is in the middle of taking over a stale lock. */
const TAKEOVER_WAIT_MS = 3000;
/** Each level is one more taker that died mid-take-over; more than this is left to the user. */
const MAX_TAKEOVER_DEPTH = 4;

/** Lock files this process holds, so a lock that names our own pid but is not ours counts as stale. */
const heldHere = new Set<string>();

/**
 * One writer per database: `<db>.lock` holds the owner's pid and a random token. A lock whose
 * process is gone (crash, SIGKILL) or whose pid is invalid is taken over, so a crash never
 * leaves the database unusable.
 *
 * The lock file is only ever created whole (`link()` of a finished temporary file, which fails
 * if the name exists) and replaced whole (`rename()`), never removed during a take-over. Of the
 * processes that find the same stale lock, only the one that creates the take-over marker
 * named after that lock's identity may replace it, so two of them can never both own it.
 */
export class FileLock {
  private token: string | undefined;

  constructor(readonly lockPath: string) {}

  acquire(): void {
    const token = `${process.pid}\n${randomBytes(8).toString('hex')}\n`;
    const deadline = Date.now() + TAKEOVER_WAIT_MS;
    for (;;) {
      if (this.tryOnce(token)) {
        this.token = token;
        heldHere.add(path.resolve(this.lockPath));
        return;
      }
      if (Date.now() > deadline) {
        throw new DatabaseError(
          `Could not take the database lock ${this.lockPath}: another process kept taking it over. Try again; if this persists and no other Samsara CV Queue is running, delete ${this.lockPath} and the ${path.basename(this.lockPath)}.takeover-* files beside it.`,
          'LOCKED',
        );
      }
      sleepMs(2);
    }
  }

  release(): void {
    if (!this.token) return;
    heldHere.delete(path.resolve(this.lockPath));
    if (readSnapshot(this.lockPath)?.content === this.token) removeQuietly(this.lockPath);
    this.token = undefined;
  }

  /** True once the lock is ours; false when it is worth looking again; throws when it is someone else's. */
  private tryOnce(token: string): boolean {
    if (createExclusive(this.lockPath, token)) return true;
    const current = readSnapshot(this.lockPath);
    if (!current) return false; // released between our attempt and the read
    if (current.beingWritten) return false;
    if (this.isLiveOwner(current.pid)) throw lockedError(this.lockPath, current.pid as number);
    return takeOver(this.lockPath, current, token);
  }

  private isLiveOwner(pid: number | undefined): boolean {
    if (pid === process.pid) return heldHere.has(path.resolve(this.lockPath));
    return isAlivePid(pid);
  }
}

/**
 * Replaces the stale lock `stale` with ours if this process wins its take-over marker. A marker
 * left by a taker that died is itself stale and is taken over one level deeper, by the same rule.
 */
function takeOver(lockPath: string, stale: LockSnapshot, token: string): boolean {
  const dead: string[] = [];
  let key = stale.id;
  for (let depth = 0; depth < MAX_TAKEOVER_DEPTH; depth++) {
    const marker = `${lockPath}.takeover-${key}`;
    if (createExclusive(marker, token)) {
      try {
        // A taker that finished before we created the marker has already replaced the lock.
        if (readSnapshot(lockPath)?.id !== stale.id) return false;
        replaceAtomically(lockPath, token);
        return readSnapshot(lockPath)?.content === token;
      } finally {
        // Only now: a marker removed earlier could be won again by a process still holding `stale`.
        for (const m of [...dead, marker]) removeQuietly(m);
      }
    }
    const taker = readSnapshot(marker);
    if (!taker || taker.beingWritten || isAlivePid(taker.pid)) return false;
    dead.push(marker);
    key = chainKey(key, taker);
  }
  return false;
}

function lockedError(lockPath: string, pid: number): DatabaseError {
  const db = lockPath.replace(/\.lock$/, '');
  return new DatabaseError(
    `The CV queue database ${db} is in use by another process (pid ${pid}, recorded in ${lockPath}): close the other VS Code window or samsara command, then try again. If no other Samsara CV Queue is running, delete ${lockPath}.`,
    'LOCKED',
  );
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
