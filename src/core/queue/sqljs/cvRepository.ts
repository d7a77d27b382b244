import type { Database } from 'sql.js';
import type { Store } from '../../db/store';
import { type Row, all, num, one, run, str } from '../../db/sql';
import type { ParsedCV } from '../../parsedCv';
import { type CvRecord, type CvSearchEntry, type CvStatus, type ProjectScope, type StatusCounts, isCvStatus, zeroCounts } from '../cvRecord';
import { type CvRepository, MAX_RETRY_DELAY_MS, type NewCv, type StoredFile } from '../storage';
import { exportCvRows, fileBytes, importCvRows, missingFiles, storeFiles, storedFileRow } from './cvFiles';
import type { CvRow, CvRowPage } from '../cvRows';
import { LISTED_FIELDS, listSearchEntries } from './cvSearch';
import { resultColumns } from './resultColumns';
import { effectiveCv } from '../reviewColumns';
import { columnsToParsed } from './parsedColumns';
import { queuedRecords } from '../queuedRecords';

// Same-millisecond inserts share created_at; rowid keeps them in the order they were added.
const FIFO = 'ORDER BY c.created_at, c.rowid';
const SELECT = `SELECT c.rowid AS seq, c.id, c.file_path, c.file_name, c.status, c.error_message, c.project_id,
  p.name AS project_name, c.created_at, c.updated_at, c.processing_started_at, c.parse_time_ms,
  c.attempts, c.next_attempt_at, c.content_hash, c.enqueued_by,
  ${LISTED_FIELDS}, c.corrections_json IS NOT NULL AS corrected, c.reviewed_at, c.reviewed_by,
  c.ocr_pages, c.ocr_confidence
  FROM cvs c LEFT JOIN projects p ON p.id = c.project_id`;

/**
 * The queue's table in the sql.js store. The methods are async to meet the storage interface;
 * each runs its statements synchronously, so a transaction never spans an await.
 */
export class SqlJsCvRepository implements CvRepository {
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  async insertQueuedCV(cv: NewCv): Promise<CvRecord> {
    return (await this.insertQueuedCVs([cv]))[0];
  }

  /** One transaction with one prepared statement (10,000 rows in a few ms). */
  async insertQueuedCVs(cvs: readonly NewCv[]): Promise<CvRecord[]> {
    const records = queuedRecords(cvs);
    if (records.length === 0) return records;
    const now = records[0].createdAt;
    this.store.transaction(() => {
      // The batch shares one timestamp, inlined (it is our own ISO string): binding fewer strings
      // per row is what makes sql.js fast here.
      const stmt = this.db.prepare(
        `INSERT INTO cvs (id, file_path, file_name, project_id, content_hash, enqueued_by, status, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 'queued', '${now}', '${now}')`,
      );
      try {
        for (const r of records) stmt.run([r.id, r.filePath, r.fileName, r.projectId ?? null, r.contentHash ?? null, r.enqueuedBy ?? null]);
      } finally {
        stmt.free();
      }
    });
    return records;
  }

  async updateCVStatus(id: string, status: CvStatus, options: { error?: string; startedAt?: string } = {}): Promise<boolean> {
    return this.write(
      `UPDATE cvs SET status = ?, error_message = ?, processing_started_at = COALESCE(?, processing_started_at), updated_at = ? WHERE id = ?`,
      [status, options.error ?? null, options.startedAt ?? null, new Date().toISOString(), id],
    ) > 0;
  }

  async completeCVProcessing(id: string, cv: ParsedCV): Promise<boolean> {
    const cols = resultColumns(this.db, id, cv);
    const names = Object.keys(cols);
    return this.write(
      `UPDATE cvs SET ${names.map((n) => `${n} = ?`).join(', ')}, status = 'completed', error_message = NULL, updated_at = ? WHERE id = ?`,
      [...names.map((n) => cols[n]), new Date().toISOString(), id],
    ) > 0;
  }

  async getNextQueuedCV(now = new Date().toISOString()): Promise<CvRecord | undefined> {
    return nextQueuedCV(this.db, now);
  }

  async getQueuedCVsByProject(projectId?: string): Promise<CvRecord[]> {
    const where = projectId === undefined ? `c.status = 'queued'` : `c.status = 'queued' AND c.project_id = ?`;
    return all(this.db, `${SELECT} WHERE ${where} ${FIFO}`, projectId === undefined ? [] : [projectId]).map(toRecord);
  }

  async resetProcessingCVs(): Promise<number> {
    return this.write(
      `UPDATE cvs SET status = 'queued', processing_started_at = NULL, claim_token = NULL, updated_at = ? WHERE status = 'processing'`,
      [new Date().toISOString()],
    );
  }

  async countByStatus(scope?: ProjectScope): Promise<StatusCounts> {
    return statusCounts(this.db, scope);
  }

  async listByStatus(status: CvStatus, options: { offset?: number; limit?: number; projectId?: ProjectScope } = {}): Promise<CvRecord[]> {
    const { where, params } = scopeWhere(options.projectId, 'c.project_id');
    return all(this.db, `${SELECT} WHERE c.status = ? AND ${where} ${FIFO} LIMIT ? OFFSET ?`, [status, ...params, options.limit ?? -1, options.offset ?? 0]).map(toRecord);
  }

  async listAll(scope?: ProjectScope): Promise<CvRecord[]> {
    const { where, params } = scopeWhere(scope, 'c.project_id');
    return all(this.db, `${SELECT} WHERE ${where} ${FIFO}`, params).map(toRecord);
  }

  async contentHashes(projectId?: string): Promise<Map<string, { id: string; fileName: string }>> {
    const found = new Map<string, { id: string; fileName: string }>();
    const rows = all(this.db, `SELECT id, file_name, content_hash FROM cvs c WHERE content_hash IS NOT NULL AND project_id IS ? ${FIFO}`, [projectId ?? null]);
    for (const r of rows) if (!found.has(String(r.content_hash))) found.set(String(r.content_hash), { id: String(r.id), fileName: String(r.file_name) });
    return found;
  }

  async idsByPrefix(prefix: string): Promise<string[]> {
    return all(this.db, `SELECT id FROM cvs WHERE substr(id, 1, ?) = ? LIMIT 2`, [prefix.length, prefix]).map((r) => String(r.id));
  }

  async getCV(id: string): Promise<CvRecord | undefined> {
    const row = one(this.db, `${SELECT} WHERE c.id = ?`, [id]);
    return row && toRecord(row);
  }

  async getParsedCV(id: string): Promise<ParsedCV | undefined> {
    const row = one(this.db, `SELECT * FROM cvs WHERE id = ? AND status = 'completed'`, [id]);
    return row && effectiveCv(columnsToParsed(row), row.corrections_json);
  }

  async searchEntries(): Promise<CvSearchEntry[]> {
    return listSearchEntries(this.db);
  }

  async remove(ids: readonly string[]): Promise<number> {
    let removed = 0;
    this.store.transaction(() => {
      for (const id of ids) removed += run(this.db, 'DELETE FROM cvs WHERE id = ?', [id]);
    });
    return removed;
  }

  async removeByStatus(status: CvStatus, scope?: ProjectScope): Promise<number> {
    const { where, params } = scopeWhere(scope, 'project_id');
    return this.write(`DELETE FROM cvs WHERE status = ? AND ${where}`, [status, ...params]);
  }

  async retryFailed(ids: readonly string[]): Promise<number> {
    const now = new Date().toISOString();
    let changed = 0;
    this.store.transaction(() => {
      for (const id of ids) changed += run(this.db, `${RETRY} AND id = ?`, [now, id]);
    });
    return changed;
  }

  async retryAllFailed(scope?: ProjectScope): Promise<number> {
    const { where, params } = scopeWhere(scope, 'project_id');
    return this.write(`${RETRY} AND ${where}`, [new Date().toISOString(), ...params]);
  }

  async processAgain(ids: readonly string[]): Promise<number> {
    const now = new Date().toISOString();
    let changed = 0;
    this.store.transaction(() => {
      for (const id of ids) changed += run(this.db, `${REQUEUE} WHERE status IN ('completed', 'failed') AND id = ?`, [now, id]);
    });
    return changed;
  }

  async missingFileContents(hashes: readonly string[]): Promise<string[]> {
    return missingFiles(this.db, hashes);
  }

  async storeFileContents(files: readonly StoredFile[]): Promise<number> {
    return this.store.transaction(() => storeFiles(this.db, files));
  }

  async fileContent(contentHash: string): Promise<Uint8Array | undefined> {
    return fileBytes(this.db, contentHash);
  }

  async storedFile(contentHash: string): Promise<StoredFile | undefined> {
    return storedFileRow(this.db, contentHash);
  }

  async exportRows(after: number, limit: number): Promise<CvRowPage> {
    return exportCvRows(this.db, after, limit);
  }

  async importRows(rows: readonly CvRow[]): Promise<number> {
    return this.store.transaction(() => importCvRows(this.db, rows));
  }

  private write(sql: string, params: (string | number | null)[]): number {
    const changed = run(this.db, sql, params);
    if (changed) this.store.markDirty();
    return changed;
  }
}

const REQUEUE = `UPDATE cvs SET status = 'queued', error_message = NULL, processing_started_at = NULL, attempts = 0,
  next_attempt_at = NULL, claim_token = NULL, updated_at = ?`;
const RETRY = `${REQUEUE} WHERE status = 'failed'`;

/** The oldest due queued CV, read synchronously so a claim can take it inside its transaction. */
export function nextQueuedCV(db: Database, now: string): CvRecord | undefined {
  const beyond = new Date(Date.parse(now) + MAX_RETRY_DELAY_MS).toISOString();
  const due = `(c.next_attempt_at IS NULL OR c.next_attempt_at <= ? OR c.next_attempt_at > ?)`;
  const row = one(db, `${SELECT} WHERE c.status = 'queued' AND ${due} ${FIFO} LIMIT 1`, [now, beyond]);
  return row && toRecord(row);
}

function scopeWhere(scope: ProjectScope, column: string): { where: string; params: string[] } {
  if (scope === undefined) return { where: '1 = 1', params: [] };
  if (scope === null) return { where: `${column} IS NULL`, params: [] };
  return { where: `${column} = ?`, params: [scope] };
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
    enqueuedBy: str(row.enqueued_by),
    candidateName: str(row.candidate_name),
    candidateEmail: str(row.candidate_email),
    currentTitle: str(row.current_title),
    currentCompany: str(row.current_company),
    corrected: Boolean(row.corrected),
    reviewedBy: str(row.reviewed_by),
    reviewedAt: str(row.reviewed_at),
    ocrPages: num(row.ocr_pages),
    ocrConfidence: num(row.ocr_confidence),
  };
}

/** How many CVs of the scope are in each status. */
export function statusCounts(db: Database, scope?: ProjectScope): StatusCounts {
  const counts = zeroCounts();
  const { where, params } = scopeWhere(scope, 'project_id');
  for (const row of all(db, `SELECT status, COUNT(*) AS n FROM cvs WHERE ${where} GROUP BY status`, params)) {
    if (isCvStatus(row.status)) counts[row.status] = Number(row.n);
  }
  return counts;
}
