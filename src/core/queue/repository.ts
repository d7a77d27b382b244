import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store';
import { type Row, all, num, one, run, str } from '../db/sql';
import type { ParsedCV } from '../parsedCv';
import { type CvRecord, type CvStatus, type StatusCounts, isCvStatus, zeroCounts } from './cvRecord';
import { columnsToParsed, parsedToColumns } from './parsedColumns';

export interface NewCv {
  filePath: string;
  fileName: string;
  projectId?: string;
  /** sha-256 of the file's bytes, for spotting the same CV enqueued twice. */
  contentHash?: string;
}

// Same-millisecond inserts share created_at; rowid keeps them in the order they were added.
const FIFO = 'ORDER BY c.created_at, c.rowid';
const SELECT = `SELECT c.rowid AS seq, c.id, c.file_path, c.file_name, c.status, c.error_message, c.project_id,
  p.name AS project_name, c.created_at, c.updated_at, c.processing_started_at, c.parse_time_ms,
  c.attempts, c.next_attempt_at, c.content_hash,
  json_extract(c.contact_json, '$.name') AS candidate_name, json_extract(c.contact_json, '$.email') AS candidate_email,
  json_extract(c.work_history_json, '$[0].title') AS current_title, json_extract(c.work_history_json, '$[0].company') AS current_company
  FROM cvs c LEFT JOIN projects p ON p.id = c.project_id`;

/** The queue's table: every read and write of CV rows goes through here. */
export class CvRepository {
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  insertQueuedCV(cv: NewCv): CvRecord {
    return this.insertQueuedCVs([cv])[0];
  }

  /** Inserts a batch in one transaction with one prepared statement (10,000 rows in a few ms). */
  insertQueuedCVs(cvs: readonly NewCv[]): CvRecord[] {
    const now = new Date().toISOString();
    const records: CvRecord[] = cvs.map((cv) => ({
      id: randomUUID(), filePath: cv.filePath, fileName: cv.fileName, projectId: cv.projectId,
      contentHash: cv.contentHash, status: 'queued', createdAt: now, updatedAt: now, attempts: 0,
    }));
    if (records.length === 0) return records;
    this.store.transaction(() => {
      // The batch shares one timestamp, inlined (it is our own ISO string): binding fewer strings
      // per row is what makes sql.js fast here.
      const stmt = this.db.prepare(
        `INSERT INTO cvs (id, file_path, file_name, project_id, content_hash, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', '${now}', '${now}')`,
      );
      try {
        for (const r of records) stmt.run([r.id, r.filePath, r.fileName, r.projectId ?? null, r.contentHash ?? null]);
      } finally {
        stmt.free();
      }
    });
    return records;
  }

  updateCVStatus(id: string, status: CvStatus, options: { error?: string; startedAt?: string } = {}): boolean {
    const changed = run(
      this.db,
      `UPDATE cvs SET status = ?, error_message = ?, processing_started_at = COALESCE(?, processing_started_at), updated_at = ? WHERE id = ?`,
      [status, options.error ?? null, options.startedAt ?? null, new Date().toISOString(), id],
    );
    this.store.markDirty();
    return changed > 0;
  }

  /** Stores every result column of a parsed CV and marks it completed. */
  completeCVProcessing(id: string, cv: ParsedCV): boolean {
    const cols = parsedToColumns(cv);
    const names = Object.keys(cols);
    const changed = run(
      this.db,
      `UPDATE cvs SET ${names.map((n) => `${n} = ?`).join(', ')}, status = 'completed', error_message = NULL, updated_at = ? WHERE id = ?`,
      [...names.map((n) => cols[n]), new Date().toISOString(), id],
    );
    this.store.markDirty();
    return changed > 0;
  }

  /** The oldest queued CV that is due (a CV backing off after a transient error waits its turn). */
  getNextQueuedCV(now = new Date().toISOString()): CvRecord | undefined {
    const row = one(this.db, `${SELECT} WHERE c.status = 'queued' AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= ?) ${FIFO} LIMIT 1`, [now]);
    return row && toRecord(row);
  }

  /** Queued CVs in FIFO order; all of them without a project id, else that project's. */
  getQueuedCVsByProject(projectId?: string): CvRecord[] {
    const where = projectId === undefined ? `c.status = 'queued'` : `c.status = 'queued' AND c.project_id = ?`;
    return all(this.db, `${SELECT} WHERE ${where} ${FIFO}`, projectId === undefined ? [] : [projectId]).map(toRecord);
  }

  /** CVs left 'processing' by a crash go back to the queue. */
  resetProcessingCVs(): number {
    const changed = run(
      this.db,
      `UPDATE cvs SET status = 'queued', processing_started_at = NULL, claim_token = NULL, updated_at = ? WHERE status = 'processing'`,
      [new Date().toISOString()],
    );
    if (changed) this.store.markDirty();
    return changed;
  }

  /** Counts of every CV, of one project's, or (null) of those without a project. */
  countByStatus(projectId?: string | null): StatusCounts {
    const counts = zeroCounts();
    const where = projectId === undefined ? '' : projectId === null ? 'WHERE project_id IS NULL' : 'WHERE project_id = ?';
    for (const row of all(this.db, `SELECT status, COUNT(*) AS n FROM cvs ${where} GROUP BY status`, projectId ? [projectId] : [])) {
      if (isCvStatus(row.status)) counts[row.status] = Number(row.n);
    }
    return counts;
  }

  /** One page of CVs in a status, oldest first; `projectId: null` takes those without a project. */
  listByStatus(status: CvStatus, options: { offset?: number; limit?: number; projectId?: string | null } = {}): CvRecord[] {
    const params: (string | number)[] = [status];
    let where = 'c.status = ?';
    if (options.projectId === null) {
      where += ' AND c.project_id IS NULL';
    } else if (options.projectId !== undefined) {
      where += ' AND c.project_id = ?';
      params.push(options.projectId);
    }
    params.push(options.limit ?? -1, options.offset ?? 0);
    return all(this.db, `${SELECT} WHERE ${where} ${FIFO} LIMIT ? OFFSET ?`, params).map(toRecord);
  }

  listAll(projectId?: string): CvRecord[] {
    const where = projectId === undefined ? '' : 'WHERE c.project_id = ?';
    return all(this.db, `${SELECT} ${where} ${FIFO}`, projectId === undefined ? [] : [projectId]).map(toRecord);
  }

  /** Content hash → the first CV with it, among a project's CVs (no project: CVs without one). */
  contentHashes(projectId?: string): Map<string, { id: string; fileName: string }> {
    const found = new Map<string, { id: string; fileName: string }>();
    const rows = all(this.db, `SELECT id, file_name, content_hash FROM cvs c WHERE content_hash IS NOT NULL AND project_id IS ? ${FIFO}`, [projectId ?? null]);
    for (const r of rows) if (!found.has(String(r.content_hash))) found.set(String(r.content_hash), { id: String(r.id), fileName: String(r.file_name) });
    return found;
  }

  /** Ids starting with `prefix` (the CLI shows the first 8 characters). */
  idsByPrefix(prefix: string): string[] {
    return all(this.db, `SELECT id FROM cvs WHERE substr(id, 1, ?) = ? LIMIT 2`, [prefix.length, prefix]).map((r) => String(r.id));
  }

  getCV(id: string): CvRecord | undefined {
    const row = one(this.db, `${SELECT} WHERE c.id = ?`, [id]);
    return row && toRecord(row);
  }

  getParsedCV(id: string): ParsedCV | undefined {
    const row = one(this.db, `SELECT * FROM cvs WHERE id = ? AND status = 'completed'`, [id]);
    return row && columnsToParsed(row);
  }

  remove(ids: readonly string[]): number {
    let removed = 0;
    this.store.transaction(() => {
      for (const id of ids) removed += run(this.db, 'DELETE FROM cvs WHERE id = ?', [id]);
    });
    return removed;
  }

  removeByStatus(status: CvStatus): number {
    const changed = run(this.db, 'DELETE FROM cvs WHERE status = ?', [status]);
    this.store.markDirty();
    return changed;
  }

  /** Moves failed CVs (the given ones, or all) back to the queue. */
  retryFailed(ids?: readonly string[]): number {
    const now = new Date().toISOString();
    const sql = `UPDATE cvs SET status = 'queued', error_message = NULL, processing_started_at = NULL, attempts = 0,
      next_attempt_at = NULL, claim_token = NULL, updated_at = ? WHERE status = 'failed'`;
    let changed = 0;
    this.store.transaction(() => {
      if (!ids) changed = run(this.db, sql, [now]);
      else for (const id of ids) changed += run(this.db, `${sql} AND id = ?`, [now, id]);
    });
    return changed;
  }
}

function toRecord(row: Row): CvRecord {
  return {
    id: String(row.id),
    filePath: String(row.file_path),
    fileName: String(row.file_name),
    status: isCvStatus(row.status) ? row.status : 'failed',
    errorMessage: str(row.error_message),
    projectId: str(row.project_id),
    projectName: str(row.project_name),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    processingStartedAt: str(row.processing_started_at),
    parseTimeMs: num(row.parse_time_ms),
    attempts: num(row.attempts) ?? 0,
    nextAttemptAt: str(row.next_attempt_at),
    contentHash: str(row.content_hash),
    candidateName: str(row.candidate_name),
    candidateEmail: str(row.candidate_email),
    currentTitle: str(row.current_title),
    currentCompany: str(row.current_company),
  };
}
