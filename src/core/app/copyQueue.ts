import type { CvRow } from '../queue/cvRows';
import type { QueueStorage } from '../queue/storage';

export interface CopyResult {
  projects: number;
  cvs: number;
  files: number;
}

const PAGE = 1_000;

/**
 * Copies one queue into another (a database file into a team database, or back): projects by
 * name, every CV with its results under its own id, and the stored file bytes, each with the
 * times it was created, changed, reviewed or stored. Running it again
 * copies nothing new. A CV being parsed in the source arrives queued, since its claim means
 * nothing in the target.
 */
export async function copyQueue(from: QueueStorage, to: QueueStorage): Promise<CopyResult> {
  const result: CopyResult = { projects: 0, cvs: 0, files: 0 };
  const projectIds = new Map<string, string>();
  for (const project of await from.projects.list()) {
    const existing = await to.projects.findByName(project.name);
    const target = existing ?? (await to.projects.create(project.name, project.createdAt));
    if (!existing) result.projects++;
    projectIds.set(project.id, target.id);
  }
  let after: number | undefined = 0;
  while (after !== undefined) {
    const page = await from.cvs.exportRows(after, PAGE);
    const rows = page.rows.map((row) => retarget(row, projectIds));
    result.files += await copyFiles(from, to, rows);
    result.cvs += await to.cvs.importRows(rows);
    after = page.next;
  }
  await to.flush();
  return result;
}

function retarget(row: CvRow, projectIds: Map<string, string>): CvRow {
  const projectId = row.project_id === null ? null : projectIds.get(String(row.project_id)) ?? null;
  const processing = row.status === 'processing';
  return { ...row, project_id: projectId, status: processing ? 'queued' : row.status, processing_started_at: processing ? null : row.processing_started_at };
}

async function copyFiles(from: QueueStorage, to: QueueStorage, rows: readonly CvRow[]): Promise<number> {
  const hashes = rows.map((r) => r.content_hash).filter((h): h is string => typeof h === 'string');
  let copied = 0;
  for (const hash of await to.cvs.missingFileContents(hashes)) {
    const file = await from.cvs.storedFile(hash);
    if (file) copied += await to.cvs.storeFileContents([file]);
  }
  return copied;
}
