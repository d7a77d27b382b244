import { type CvRecord, type ProjectScope, isCvStatus } from '../cvRecord';

/** A row as node-postgres returns it: timestamps as Dates, text as strings, bigint as strings. */
export type PgRow = Record<string, unknown>;

export const FIFO = 'ORDER BY c.created_at, c.seq';

/** A corrected CV's listed fields come from corrected_json, the others' from the parser's columns. */
const listed = (key: string, parsed: string, as: string): string =>
  `CASE WHEN c.corrected_json IS NULL THEN ${parsed} ELSE c.corrected_json::jsonb ->> '${key}' END AS ${as}`;

export const LISTED_FIELDS = [
  listed('name', `c.contact_json::jsonb ->> 'name'`, 'candidate_name'),
  listed('email', `c.contact_json::jsonb ->> 'email'`, 'candidate_email'),
  listed('title', `c.work_history_json::jsonb -> 0 ->> 'title'`, 'current_title'),
  listed('company', `c.work_history_json::jsonb -> 0 ->> 'company'`, 'current_company'),
].join(',\n  ');

export const SELECT_CV = `SELECT c.id, c.seq, c.file_path, c.file_name, c.status, c.error_message, c.project_id,
  p.name AS project_name, c.created_at, c.updated_at, c.processing_started_at, c.parse_time_ms,
  c.attempts, c.next_attempt_at, c.content_hash, c.enqueued_by,
  ${LISTED_FIELDS}, c.corrections_json IS NOT NULL AS corrected, c.reviewed_at, c.reviewed_by,
  c.ocr_pages, c.ocr_confidence
  FROM cvs c LEFT JOIN projects p ON p.id = c.project_id`;

export function toCvRecord(row: PgRow): CvRecord {
  return {
    id: String(row.id),
    filePath: String(row.file_path),
    fileName: String(row.file_name),
    status: isCvStatus(row.status) ? row.status : 'failed',
    errorMessage: text(row.error_message),
    projectId: text(row.project_id),
    projectName: text(row.project_name),
    createdAt: iso(row.created_at) ?? '',
    updatedAt: iso(row.updated_at) ?? '',
    processingStartedAt: iso(row.processing_started_at),
    parseTimeMs: row.parse_time_ms === null || row.parse_time_ms === undefined ? undefined : Number(row.parse_time_ms),
    attempts: Number(row.attempts ?? 0),
    nextAttemptAt: iso(row.next_attempt_at),
    contentHash: text(row.content_hash),
    enqueuedBy: text(row.enqueued_by),
    candidateName: text(row.candidate_name),
    candidateEmail: text(row.candidate_email),
    currentTitle: text(row.current_title),
    currentCompany: text(row.current_company),
    corrected: row.corrected === true,
    reviewedBy: text(row.reviewed_by),
    reviewedAt: iso(row.reviewed_at),
    ocrPages: number(row.ocr_pages),
    ocrConfidence: number(row.ocr_confidence),
  };
}

/** A timestamp column as the ISO string the embedded store keeps. */
export function iso(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

function number(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

function text(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/**
 * A WHERE clause for a project scope with its parameters numbered from `first`. The key is ''
 * for "no project" in cv_counts, where NULL cannot be part of a primary key.
 */
export function scopeWhere(scope: ProjectScope, column: string, first: number): { where: string; params: string[] } {
  if (scope === undefined) return { where: 'TRUE', params: [] };
  if (scope === null) return { where: `${column} IS NULL`, params: [] };
  return { where: `${column} = $${first}`, params: [scope] };
}
