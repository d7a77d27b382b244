import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../logger';
import type { CvRecord } from './cvRecord';
import { CANCELLED, type ProcessingRunner, type RunningJob } from './parsePool';
import type { JobOutcome } from './threadProtocol';
import type { CvRepository } from './storage';

/** A file to read a CV from, and how to clean it up afterwards. */
export interface CvSource {
  path: string;
  /** True when it is a temporary copy of the bytes stored in the queue. */
  copied: boolean;
  /** Parse only if the file still has this sha-256; else parse `fallback()`. */
  expectHash?: string;
  fallback?: () => Promise<CvSource>;
  dispose(): Promise<void>;
}

export interface SourceOptions {
  /**
   * Check that the local file is the one queued: in a shared queue a path may name a different
   * file on this machine. The parse thread does it, on the bytes it reads anyway.
   */
  verifyHash: boolean;
  /** Where temporary copies go (a private folder is made inside); the system's temp folder by default. */
  tempRoot?: string;
  /** Mode of the copy: 0600 for parsing, 0400 for a copy only to be looked at. */
  mode?: number;
}

/**
 * Where to read a CV: its own path when that file is there (and, when asked, still has the
 * content that was queued), else a temporary copy of the bytes the queue stored, in a folder
 * only this user can read. Falls back to the path, so a missing file is reported as such.
 */
export async function resolveCvSource(cvs: CvRepository, cv: CvRecord, options: SourceOptions): Promise<CvSource> {
  const local: CvSource = { path: cv.filePath, copied: false, dispose: async () => undefined };
  const stored = async (): Promise<CvSource> => {
    const bytes = cv.contentHash ? await cvs.fileContent(cv.contentHash) : undefined;
    return bytes ? writeTempCopy(bytes, cv.fileName, options) : local;
  };
  if (!(await isFile(cv.filePath))) return stored();
  if (!options.verifyHash || !cv.contentHash) return local;
  return { ...local, expectHash: cv.contentHash, fallback: stored };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The bytes in a fresh private folder under the CV's own name (the parser goes by its extension). */
export async function writeTempCopy(bytes: Uint8Array, fileName: string, options: { tempRoot?: string; mode?: number }): Promise<CvSource> {
  const root = options.tempRoot ?? os.tmpdir();
  await fs.mkdir(root, { recursive: true, mode: 0o700 });
  const dir = await fs.mkdtemp(path.join(root, 'cv-'));
  const file = path.join(dir, safeName(fileName));
  await fs.writeFile(file, bytes, { mode: options.mode ?? 0o600, flag: 'wx' });
  return { path: file, copied: true, dispose: () => fs.rm(dir, { recursive: true, force: true }) };
}

function safeName(fileName: string): string {
  const base = [...path.basename(fileName.replace(/\\/g, '/'))].map((ch) => (ch.charCodeAt(0) < 32 ? '_' : ch)).join('');
  return base && base !== '.' && base !== '..' ? base : 'cv';
}

/**
 * Runs a CV on `runner` once its source is resolved, and removes a temporary copy when the job
 * ends. A cancel before the job started ends it as cancelled without running it.
 */
export function runFromSource(runner: ProcessingRunner, source: () => Promise<CvSource>, timeoutMs: number): RunningJob {
  let cancelled = false;
  let inner: RunningJob | undefined;
  const runOnce = async (from: () => Promise<CvSource>): Promise<JobOutcome> => {
    let resolved: CvSource;
    try {
      resolved = await from();
    } catch (err) {
      return { ok: false, message: `could not read the stored file (${errorMessage(err)}), will retry`, permanent: false };
    }
    try {
      if (cancelled) return { ok: false, message: CANCELLED, permanent: true };
      inner = runner.run(resolved.path, timeoutMs, resolved.expectHash);
      const outcome = await inner.done;
      // Another file at the CV's path: parse the bytes the queue stored (or, without them, that file).
      return !outcome.ok && outcome.stale && resolved.fallback ? await runOnce(resolved.fallback) : outcome;
    } finally {
      await resolved.dispose().catch(() => undefined);
    }
  };
  const done = runOnce(source);
  return {
    done,
    cancel() {
      cancelled = true;
      inner?.cancel();
    },
  };
}
