import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from './errors';

/** One read of a lock (or take-over marker) file: its content and what identifies this very file. */
export interface LockSnapshot {
  content: string;
  /** The recorded pid; undefined when the content is not a positive integer (then it is stale). */
  pid: number | undefined;
  /** Differs for every file created, even with the same content (inode and modification time). */
  id: string;
  /** Empty and just created: only possible where hard links are unavailable (see createExclusive). */
  beingWritten: boolean;
}

// Files are private: they name the queue's owner process, and the folder holds candidates' data.
const PRIVATE_FILE = 0o600;
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP']);

/**
 * Creates `target` with `content` only if it does not exist, and never visible half-written:
 * a finished temporary file is hard-linked into place (link() fails if the name exists).
 */
export function createExclusive(target: string, content: string): boolean {
  const tmp = `${target}.${randomBytes(6).toString('hex')}.new`;
  try {
    fs.writeFileSync(tmp, content, { flag: 'wx', mode: PRIVATE_FILE });
  } catch (err) {
    throw notWritable(target, err);
  }
  try {
    fs.linkSync(tmp, target);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw err;
    return createWithoutLink(target, content);
  } finally {
    removeQuietly(tmp);
  }
}

/** File systems without hard links (FAT, some network shares): readers treat a young empty file as being written. */
function createWithoutLink(target: string, content: string): boolean {
  try {
    fs.writeFileSync(target, content, { flag: 'wx', mode: PRIVATE_FILE });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Puts `content` at `target` in one step, whatever was there (rename() replaces atomically). */
export function replaceAtomically(target: string, content: string): void {
  const tmp = `${target}.${randomBytes(6).toString('hex')}.new`;
  try {
    fs.writeFileSync(tmp, content, { flag: 'wx', mode: PRIVATE_FILE });
    fs.renameSync(tmp, target);
  } finally {
    removeQuietly(tmp);
  }
}

export function readSnapshot(file: string): LockSnapshot | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // fstat and read on one descriptor describe the same file, even if the name is replaced meanwhile.
    const stat = fs.fstatSync(fd, { bigint: true });
    const buffer = Buffer.alloc(256);
    const content = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    const id = digest(`${content}|${stat.dev}|${stat.ino}|${stat.mtimeNs}|${stat.ctimeNs}`);
    const ageMs = Date.now() - Number(stat.mtimeMs);
    return { content, pid: parsePid(content), id, beingWritten: content === '' && ageMs < 1000 };
  } finally {
    fs.closeSync(fd);
  }
}

/** The marker name for taking over a marker whose taker died: unique to that chain of files. */
export function chainKey(key: string, deadTaker: LockSnapshot): string {
  return digest(`${key}|${deadTaker.id}`);
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function parsePid(content: string): number | undefined {
  const first = content.split('\n')[0].trim();
  if (!/^\d{1,10}$/.test(first)) return undefined;
  const pid = Number(first);
  return pid > 0 && pid <= 0x7fffffff ? pid : undefined;
}

/** Whether a process with this pid exists (0, negative and garbage pids never do: kill(0) would mean our group). */
export function isAlivePid(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Lock helpers live for microseconds; one a minute old was left by a crash.
const LEFTOVER_AGE_MS = 60_000;

/** Take-over markers and temporary files (`<lock>.*`) a crash left; call only while holding the lock. */
export async function removeLockLeftovers(lockPath: string): Promise<void> {
  const base = `${path.basename(lockPath)}.`;
  const dir = path.dirname(lockPath);
  for (const name of await fs.promises.readdir(dir)) {
    if (!name.startsWith(base)) continue;
    const stat = await fs.promises.stat(path.join(dir, name)).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > LEFTOVER_AGE_MS) removeQuietly(path.join(dir, name));
  }
}

export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Best effort: a leftover temporary file is harmless and removed on the next open.
  }
}

function notWritable(target: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') return err as Error;
  return new DatabaseError(
    `Cannot create the lock file ${target}: the folder ${path.dirname(target)} is not writable (${code}). Check its permissions, or open the queue read-only to look at it without changing it.`,
    'NOT_WRITABLE',
  );
}
