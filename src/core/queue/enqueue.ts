import path from 'node:path';
import { errorMessage } from '../logger';
import type { CvRecord } from './cvRecord';
import { type CollectedFiles, MAX_CV_BYTES, collectFiles } from './collectFiles';
import { hashFiles } from './contentHash';
import type { CvRepository, NewCv, QueueStorage } from './storage';
import { storeFileContents } from './storeContents';

export interface Duplicate {
  path: string;
  /** The CV already in the queue with the same content (in this batch or before). */
  existingId: string;
  existingName: string;
}

export interface EnqueueResult extends CollectedFiles {
  queued: CvRecord[];
  duplicates: Duplicate[];
  /** Queued with only their path: above the size cap for stored files (or unreadable on the second read). */
  notStored: string[];
}

export interface EnqueueOptions {
  projectId?: string;
  extensions?: readonly string[];
  /** Queue files even when the same content is already in the project. */
  force?: boolean;
  /**
   * Store each file's bytes in the queue up to this size (0 or unset: only the path), so a
   * worker on another machine can parse it. For a shared queue.
   */
  maxStoredBytes?: number;
  /** Recorded on each CV as who queued it. */
  enqueuedBy?: string;
}

/**
 * Adds files and folders to the queue and returns once they are on disk: an acknowledged
 * enqueue survives any crash that follows. A file whose content is already in the project is
 * skipped and reported, unless forced.
 */
export async function enqueuePaths(storage: QueueStorage, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
  const plan = await planEnqueue(storage.cvs, inputs, options);
  return commitEnqueue(storage, plan);
}

export interface EnqueuePlan {
  result: EnqueueResult;
  maxStoredBytes: number;
  fresh: NewCv[];
  inBatch: { duplicate: Duplicate; hash: string }[];
}

/** Finds the files, hashes them and sorts out duplicates; writes nothing. */
export async function planEnqueue(cvs: CvRepository, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueuePlan> {
  const collected = await collectFiles(inputs, options.extensions);
  const result: EnqueueResult = { ...collected, queued: [], duplicates: [], notStored: [] };
  const hashes = await hashFiles(collected.files, MAX_CV_BYTES);
  const known: Map<string, { id: string; fileName: string }> = options.force ? new Map() : await cvs.contentHashes(options.projectId);
  const fresh: NewCv[] = [];
  const inBatch: { duplicate: Duplicate; hash: string }[] = [];
  collected.files.forEach((file, i) => {
    const hash = hashes[i];
    if (hash instanceof Error) {
      result.unreadable.push({ path: file, reason: errorMessage(hash) });
      return;
    }
    const existing = known.get(hash);
    if (existing) {
      const duplicate = { path: file, existingId: existing.id, existingName: existing.fileName };
      result.duplicates.push(duplicate);
      if (!existing.id) inBatch.push({ duplicate, hash });
      return;
    }
    const entry = { filePath: file, fileName: path.basename(file), projectId: options.projectId, contentHash: hash, enqueuedBy: options.enqueuedBy };
    if (!options.force) known.set(hash, { id: '', fileName: entry.fileName });
    fresh.push(entry);
  });
  result.files = fresh.map((f) => f.filePath);
  return { result, fresh, inBatch, maxStoredBytes: options.maxStoredBytes ?? 0 };
}

/** Inserts the planned CVs in one transaction and returns once they are on disk. */
export async function commitEnqueue(storage: QueueStorage, { result, fresh, inBatch, maxStoredBytes }: EnqueuePlan): Promise<EnqueueResult> {
  // Bytes first: a worker that claims the CV the moment it is inserted finds them there.
  if (maxStoredBytes > 0) result.notStored = await storeFileContents(storage.cvs, fresh, maxStoredBytes);
  result.queued = await storage.cvs.insertQueuedCVs(fresh);
  // A copy repeated within this batch points at the CV queued for its first occurrence.
  const byHash = new Map(result.queued.map((q) => [q.contentHash, q.id]));
  for (const { duplicate, hash } of inBatch) duplicate.existingId = byHash.get(hash) ?? '';
  await storage.flush();
  return result;
}
