import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../logger';

/** What a user is told the file is when a save fails. */
const DATABASE = 'the CV queue database';

/** A save that did not reach the disk; `code` is the system's (ENOSPC, EDQUOT, EFBIG, EACCES …). */
export class SaveError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    cause: unknown,
    /** The size of what was being written, which must fit beside the old file. */
    readonly bytes?: number,
    what = DATABASE,
  ) {
    super(`Saving ${what} ${file} failed: ${errorMessage(cause)}${advice(code, bytes)}`, { cause });
    this.name = 'SaveError';
  }
}

export interface AtomicWriteOptions {
  /** What the file is, for the error message (default: the CV queue database). */
  what?: string;
  /**
   * Whether the write must survive a power cut (default true): fsync the file and its folder.
   * An export that is repeated at will skips it, since a thousand fsyncs take seconds.
   */
  durable?: boolean;
}

function advice(code: string | undefined, bytes: number | undefined): string {
  const space = bytes ? `at least ${Math.ceil(bytes / 2 ** 20)} MB of` : 'some';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return `. Free ${space} disk space (the file is written whole beside the old one); the previous save is intact.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '. The folder is not writable; the previous save is intact.';
  return '';
}

/**
 * Replaces `file` with `data` so that a crash at any moment leaves either the old or the new
 * content: write a temporary sibling, fsync it, rename it over the target, fsync the folder.
 * The temporary file is private to the owner (candidates' data) and removed if anything fails.
 * Throws SaveError, with the system's code.
 */
export async function atomicWrite(file: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const durable = options.durable ?? true;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new SaveError(file, (err as NodeJS.ErrnoException).code, err, bytes.byteLength, options.what);
  }
  if (durable) await fsyncDir(path.dirname(file));
}

async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** A crash between write and rename leaves `<db>.<pid>.<n>.tmp`; call only while holding the lock. */
export async function removeLeftoverTempFiles(file: string): Promise<void> {
  const base = path.basename(file);
  const dir = path.dirname(file);
  for (const name of await fs.readdir(dir)) {
    if (name.startsWith(`${base}.`) && name.endsWith('.tmp')) await fs.rm(path.join(dir, name), { force: true });
  }
}
