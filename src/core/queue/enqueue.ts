import path from 'node:path';
import { errorMessage } from '../logger';
import type { CvRecord } from './cvRecord';
import { type CollectedFiles, MAX_CV_BYTES, collectFiles } from './collectFiles';
import { hashFiles } from './contentHash';
import type { CvRepository, NewCv, QueueStorage } from './storage';

export interface Duplicate {
  path: string;
  /** The CV already in the queue with the same content (in this batch or before). */
  existingId: string;
  existingName: string;
}

export interface EnqueueResult extends CollectedFiles {
  queued: CvRecord[];
  duplicates: Duplicate[];
}

export interface EnqueueOptions {
  projectId?: string;
  extensions?: readonly string[];
  /** Queue files even when the same content is already in the project. */
  force?: boolean;
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
  fresh: NewCv[];
  inBatch: { duplicate: Duplicate; hash: string }[];
}

/** Finds the files, hashes them and sorts out duplicates; writes nothing. */
export async function planEnqueue(cvs: CvRepository, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueuePlan> {
  const collected = await collectFiles(inputs, options.extensions);
  const result: EnqueueResult = { ...collected, queued: [], duplicates: [] };
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
    const entry = { filePath: file, fileName: path.basename(file), projectId: options.projectId, contentHash: hash };
    if (!options.force) known.set(hash, { id: '', fileName: entry.fileName });
    fresh.push(entry);
  });
  result.files = fresh.map((f) => f.filePath);
  return { result, fresh, inBatch };
}

/** Inserts the planned CVs in one transaction and returns once they are on disk. */
export async function commitEnqueue(storage: QueueStorage, { result, fresh, inBatch }: EnqueuePlan): Promise<EnqueueResult> {
  result.queued = await storage.cvs.insertQueuedCVs(fresh);
  // A copy repeated within this batch points at the CV queued for its first occurrence.
  const byHash = new Map(result.queued.map((q) => [q.contentHash, q.id]));
  for (const { duplicate, hash } of inBatch) duplicate.existingId = byHash.get(hash) ?? '';
  await storage.flush();
  return result;
}
