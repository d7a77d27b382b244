import fs from 'node:fs/promises';
import type { CvRepository, NewCv } from './storage';

// Bytes go to the database in batches of about this much, so a large enqueue never holds
// every file in memory at once.
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Stores the bytes of new CVs whose content the queue does not hold yet, once per hash, so a
 * worker on another machine can parse them. A file above `maxBytes` keeps only its path (the
 * returned list); so does one that cannot be read again, which the worker then reports.
 */
export async function storeFileContents(cvs: CvRepository, fresh: readonly NewCv[], maxBytes: number): Promise<string[]> {
  const notStored: string[] = [];
  const firstByHash = new Map<string, NewCv>();
  for (const cv of fresh) if (cv.contentHash && !firstByHash.has(cv.contentHash)) firstByHash.set(cv.contentHash, cv);
  const missing = await cvs.missingFileContents([...firstByHash.keys()]);
  let batch: { contentHash: string; content: Uint8Array }[] = [];
  let batchBytes = 0;
  for (const hash of missing) {
    const cv = firstByHash.get(hash);
    if (!cv) continue;
    const content = await readWithin(cv.filePath, maxBytes);
    if (!content) {
      notStored.push(cv.filePath);
      continue;
    }
    batch.push({ contentHash: hash, content });
    batchBytes += content.byteLength;
    if (batchBytes >= BATCH_BYTES) {
      await cvs.storeFileContents(batch);
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) await cvs.storeFileContents(batch);
  return notStored;
}

async function readWithin(file: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.size > maxBytes ? undefined : await fs.readFile(file);
  } catch {
    return undefined;
  }
}
