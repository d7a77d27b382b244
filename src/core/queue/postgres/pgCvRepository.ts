import type { ParsedCV } from '../../parsedCv';
import { type CvRecord, type CvSearchEntry, type CvStatus, type ProjectScope, type StatusCounts, isCvStatus, zeroCounts } from '../cvRecord';
import { columnsToParsed, parsedToColumns } from '../sqljs/parsedColumns';
import type { CvRepository, NewCv, StoredFile } from '../storage';
import { pgExportRows, pgFileBytes, pgImportRows, pgMissingFiles, pgStoreFiles, pgStoredFile } from './pgCvFiles';
import type { CvRow, CvRowPage } from '../cvRows';
import type { PgDb } from './pgDb';
import { FIFO, LISTED_FIELDS, SELECT_CV, scopeWhere, toCvRecord } from './pgRows';
import { effectiveCv } from '../reviewColumns';
import { keepCorrectionsListed } from './pgResult';
import { queuedRecords } from '../queuedRecords';
import { skillList } from '../skillList';

// Large batches go in slices, so one statement's arrays stay a few megabytes.
const INSERT_SLICE = 5_000;

const REQUEUE = `UPDATE cvs SET status = 'queued', error_message = NULL, processing_started_at = NULL, attempts = 0,
  next_attempt_at = NULL, claim_token = NULL, claimed_by = NULL, lease_until = NULL, updated_at = now()`;
const RETRY = `${REQUEUE} WHERE status = 'failed'`;

/** The queue's table on PostgreSQL (see CvRepository). */
export class PgCvRepository implements CvRepository {
  constructor(
    private readonly db: PgDb,
    /** This client's id in claimed_by: its own claims go back to the queue on reset. */
    private readonly clientId: string,
  ) {}

  async insertQueuedCV(cv: NewCv): Promise<CvRecord> {
    return (await this.insertQueuedCVs([cv]))[0];
  }

  /** One transaction; each slice is one INSERT … SELECT over arrays, in the order given. */
  async insertQueuedCVs(cvs: readonly NewCv[]): Promise<CvRecord[]> {
    const records = queuedRecords(cvs);
    if (records.length === 0) return records;
    const now = records[0].createdAt;
    await this.db.transaction(async (client) => {
      for (let i = 0; i < records.length; i += INSERT_SLICE) {
        const slice = records.slice(i, i + INSERT_SLICE);
        await client.query(
          `INSERT INTO cvs (id, file_path, file_name, project_id, content_hash, enqueued_by, status, created_at, updated_at)
            SELECT id, fp, fn, pid, h, who, 'queued', $7, $7
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS t(id, fp, fn, pid, h, who, ord) ORDER BY ord`,
          [
            slice.map((r) => r.id), slice.map((r) => r.filePath), slice.map((r) => r.fileName), slice.map((r) => r.projectId ?? null),
            slice.map((r) => r.contentHash ?? null), slice.map((r) => r.enqueuedBy ?? null), now,
          ],
        );
      }
    });
    return records;
  }

  async updateCVStatus(id: string, status: CvStatus, options: { error?: string; startedAt?: string } = {}): Promise<boolean> {
    return (await this.db.run(
      `UPDATE cvs SET status = $1, error_message = $2, processing_started_at = COALESCE($3::timestamptz, processing_started_at), updated_at = now() WHERE id = $4`,
      [status, options.error ?? null, options.startedAt ?? null, id],
    )) > 0;
  }

  async completeCVProcessing(id: string, cv: ParsedCV): Promise<boolean> {
    const cols = parsedToColumns(cv);
    const names = Object.keys(cols);
    const rows = await this.db.rows(
      `UPDATE cvs SET ${names.map((n, i) => `${n} = $${i + 1}`).join(', ')}, status = 'completed', error_message = NULL, updated_at = now()
        WHERE id = $${names.length + 1} RETURNING corrections_json`,
      [...names.map((n) => cols[n]), id],
    );
    if (rows[0]) await keepCorrectionsListed(this.db, id, cv, rows[0].corrections_json);
    return rows.length > 0;
  }

  async getNextQueuedCV(now = new Date().toISOString()): Promise<CvRecord | undefined> {
    const row = await this.db.one(`${SELECT_CV} WHERE c.status = 'queued' AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= $1) ${FIFO} LIMIT 1`, [now]);
    return row && toCvRecord(row);
  }

  async getQueuedCVsByProject(projectId?: string): Promise<CvRecord[]> {
    const { where, params } = scopeWhere(projectId, 'c.project_id', 1);
    return (await this.db.rows(`${SELECT_CV} WHERE c.status = 'queued' AND ${where} ${FIFO}`, params)).map(toCvRecord);
  }

  /** This client's claims, and any whose lease ran out (its worker died), go back to the queue. */
  async resetProcessingCVs(): Promise<number> {
    return this.db.run(
      `UPDATE cvs SET status = 'queued', processing_started_at = NULL, claim_token = NULL, claimed_by = NULL, lease_until = NULL, updated_at = now()
        WHERE status = 'processing' AND (claimed_by IS NULL OR claimed_by = $1 OR lease_until IS NULL OR lease_until < now())`,
      [this.clientId],
    );
  }

  /** From the counts table the triggers keep: no scan of the CVs. */
  async countByStatus(scope?: ProjectScope): Promise<StatusCounts> {
    const { where, params } = scope === undefined ? { where: 'TRUE', params: [] } : { where: 'project_key = $1', params: [scope ?? ''] };
    const counts = zeroCounts();
    for (const r of await this.db.rows(`SELECT status, sum(n) AS n FROM cv_counts WHERE ${where} GROUP BY status`, params)) {
      if (isCvStatus(r.status)) counts[r.status] = Number(r.n);
    }
    return counts;
  }

  /** Walks the (status, created_at, seq) index from the start: a page costs its own rows. */
  async listByStatus(status: CvStatus, options: { offset?: number; limit?: number; projectId?: ProjectScope } = {}): Promise<CvRecord[]> {
    const { where, params } = scopeWhere(options.projectId, 'c.project_id', 2);
    const limit = options.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(options.limit))}`;
    const offset = options.offset ? ` OFFSET ${Math.max(0, Math.floor(options.offset))}` : '';
    return (await this.db.rows(`${SELECT_CV} WHERE c.status = $1 AND ${where} ${FIFO}${limit}${offset}`, [status, ...params])).map(toCvRecord);
  }

  async listAll(scope?: ProjectScope): Promise<CvRecord[]> {
    const { where, params } = scopeWhere(scope, 'c.project_id', 1);
    return (await this.db.rows(`${SELECT_CV} WHERE ${where} ${FIFO}`, params)).map(toCvRecord);
  }

  async contentHashes(projectId?: string): Promise<Map<string, { id: string; fileName: string }>> {
    const rows = await this.db.rows(
      `SELECT id, file_name, content_hash FROM cvs c WHERE content_hash IS NOT NULL AND project_id IS NOT DISTINCT FROM $1 ${FIFO}`,
      [projectId ?? null],
    );
    const found = new Map<string, { id: string; fileName: string }>();
    for (const r of rows) if (!found.has(String(r.content_hash))) found.set(String(r.content_hash), { id: String(r.id), fileName: String(r.file_name) });
    return found;
  }

  async idsByPrefix(prefix: string): Promise<string[]> {
    return (await this.db.rows('SELECT id FROM cvs WHERE starts_with(id, $1) LIMIT 2', [prefix])).map((r) => String(r.id));
  }

  async getCV(id: string): Promise<CvRecord | undefined> {
    const row = await this.db.one(`${SELECT_CV} WHERE c.id = $1`, [id]);
    return row && toCvRecord(row);
  }

  async getParsedCV(id: string): Promise<ParsedCV | undefined> {
    const row = await this.db.one(`SELECT * FROM cvs WHERE id = $1 AND status = 'completed'`, [id]);
    return row && effectiveCv(columnsToParsed(row as Parameters<typeof columnsToParsed>[0]), row.corrections_json);
  }

  async searchEntries(): Promise<CvSearchEntry[]> {
    const rows = await this.db.rows(`SELECT c.id, c.file_name, c.file_path, p.name AS project_name, ${LISTED_FIELDS},
      coalesce(c.corrected_json::jsonb ->> 'skills', c.skills_json) AS skills_json
      FROM cvs c LEFT JOIN projects p ON p.id = c.project_id WHERE c.status = 'completed' ${FIFO}`);
    return rows.map((r) => ({
      id: String(r.id), fileName: String(r.file_name), filePath: String(r.file_path),
      projectName: optional(r.project_name), name: optional(r.candidate_name), email: optional(r.candidate_email),
      title: optional(r.current_title), company: optional(r.current_company), skills: skillList(r.skills_json),
    }));
  }

  async remove(ids: readonly string[]): Promise<number> {
    return this.db.run('DELETE FROM cvs WHERE id = ANY($1::text[])', [ids]);
  }

  async removeByStatus(status: CvStatus, scope?: ProjectScope): Promise<number> {
    const { where, params } = scopeWhere(scope, 'project_id', 2);
    return this.db.run(`DELETE FROM cvs WHERE status = $1 AND ${where}`, [status, ...params]);
  }

  async retryFailed(ids: readonly string[]): Promise<number> {
    return this.db.run(`${RETRY} AND id = ANY($1::text[])`, [ids]);
  }

  async retryAllFailed(scope?: ProjectScope): Promise<number> {
    const { where, params } = scopeWhere(scope, 'project_id', 1);
    return this.db.run(`${RETRY} AND ${where}`, params);
  }

  async processAgain(ids: readonly string[]): Promise<number> {
    return this.db.run(`${REQUEUE} WHERE status IN ('completed', 'failed') AND id = ANY($1::text[])`, [ids]);
  }

  async missingFileContents(hashes: readonly string[]): Promise<string[]> {
    return pgMissingFiles(this.db, hashes);
  }

  async storeFileContents(files: readonly StoredFile[]): Promise<number> {
    return pgStoreFiles(this.db, files);
  }

  async fileContent(contentHash: string): Promise<Uint8Array | undefined> {
    return pgFileBytes(this.db, contentHash);
  }

  async storedFile(contentHash: string): Promise<StoredFile | undefined> {
    return pgStoredFile(this.db, contentHash);
  }

  async exportRows(after: number, limit: number): Promise<CvRowPage> {
    return pgExportRows(this.db, after, limit);
  }

  async importRows(rows: readonly CvRow[]): Promise<number> {
    return pgImportRows(this.db, rows);
  }
}

function optional(value: unknown): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : String(value);
}
