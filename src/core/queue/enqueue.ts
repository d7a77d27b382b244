import path from 'node:path';
import type { Store } from '../db/store';
import type { CvRecord } from './cvRecord';
import { type CollectedFiles, collectFiles } from './collectFiles';
import type { CvRepository } from './repository';

export interface EnqueueResult extends CollectedFiles {
  queued: CvRecord[];
}

/**
 * Adds files and folders to the queue and returns once they are on disk: an acknowledged
 * enqueue survives any crash that follows.
 */
export async function enqueuePaths(
  store: Store,
  cvs: CvRepository,
  inputs: readonly string[],
  options: { projectId?: string; extensions?: readonly string[] } = {},
): Promise<EnqueueResult> {
  const collected = await collectFiles(inputs, options.extensions);
  const queued = cvs.insertQueuedCVs(collected.files.map((f) => ({ filePath: f, fileName: path.basename(f), projectId: options.projectId })));
  await store.flush();
  return { ...collected, queued };
}
