import { randomUUID } from 'node:crypto';
import type { CvRecord } from './cvRecord';
import type { NewCv } from './storage';

/** The records a batch of new CVs becomes, the same for every backend: one timestamp for the batch. */
export function queuedRecords(cvs: readonly NewCv[]): CvRecord[] {
  const now = new Date().toISOString();
  return cvs.map((cv) => ({
    id: randomUUID(), filePath: cv.filePath, fileName: cv.fileName, projectId: cv.projectId,
    contentHash: cv.contentHash, enqueuedBy: cv.enqueuedBy, status: 'queued', createdAt: now, updatedAt: now, attempts: 0,
  }));
}
