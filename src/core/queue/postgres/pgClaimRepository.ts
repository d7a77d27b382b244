import { randomUUID } from 'node:crypto';
import type { ParsedCV } from '../../parsedCv';
import { parsedToColumns } from '../sqljs/parsedColumns';
import { ABANDONED_ERROR, type Claim, type ClaimRepository } from '../storage';
import type { ClaimAnnouncer } from './pgClaimAnnouncer';
import type { PgDb } from './pgDb';
import { type PgRow, iso, toCvRecord } from './pgRows';
import { keepCorrectionsListed } from './pgResult';

const CLAIMED = `RETURNING c.id, c.seq, c.file_path, c.file_name, c.status, c.error_message, c.project_id,
  (SELECT name FROM projects p WHERE p.id = c.project_id) AS project_name, c.created_at, c.updated_at,
  c.processing_started_at, c.parse_time_ms, c.attempts, c.next_attempt_at, c.content_hash`;

// One statement: a taken-over lease first (the oldest work), else the oldest due queued CV; each
// branch walks its own partial index and locks at most one row.
const NEXT = `WITH expired AS (
    SELECT id FROM cvs WHERE status = 'processing' AND lease_until < now() ORDER BY lease_until FOR UPDATE SKIP LOCKED LIMIT 1
  ), due AS (
    SELECT id FROM cvs WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
      ORDER BY created_at, seq FOR UPDATE SKIP LOCKED LIMIT 1)`;

// Fences every write: only the holder of the current claim may settle the CV.
const HELD = `WHERE id = $1 AND claim_token = $2 AND status = 'processing'`;
const RELEASE = 'claim_token = NULL, claimed_by = NULL, lease_until = NULL, updated_at = now()';

/**
 * Claims for many workers on many machines. A claim takes the oldest due CV with FOR UPDATE
 * SKIP LOCKED (workers never wait on each other) under a lease the storage renews while the CV
 * is parsed; a CV whose lease ran out (its worker died) is taken over by the next claim.
 */
export class PgClaimRepository implements ClaimRepository {
  constructor(
    private readonly db: PgDb,
    private readonly clientId: string,
    private readonly leaseMs: number,
    private readonly announcer: ClaimAnnouncer,
  ) {}

  /**
   * With `maxAttempts`, a CV whose lease ran out on its last allowed attempt (its worker died
   * while parsing it, most likely of it) is failed in the same statement instead of handed out
   * again: a lease that expired counts as an attempt, so one poisonous file cannot kill every
   * worker of the team in turn.
   */
  async claimNext(now = new Date(), maxAttempts?: number): Promise<Claim | undefined> {
    const token = randomUUID();
    // SET sees the row as it was: only a taken-over lease (status still 'processing') can be dead.
    const dead = maxAttempts === undefined ? 'FALSE' : `(c.status = 'processing' AND c.attempts >= $6)`;
    const [row] = await this.db.prepared(
      `${NEXT} UPDATE cvs c SET status = CASE WHEN ${dead} THEN 'failed' ELSE 'processing' END,
        error_message = CASE WHEN ${dead} THEN $5 ELSE c.error_message END,
        processing_started_at = $1, claim_token = CASE WHEN ${dead} THEN NULL ELSE $2 END,
        claimed_by = CASE WHEN ${dead} THEN NULL ELSE $3 END,
        lease_until = CASE WHEN ${dead} THEN NULL ELSE now() + $4 * interval '1 millisecond' END,
        attempts = CASE WHEN ${dead} THEN c.attempts ELSE c.attempts + 1 END, next_attempt_at = NULL, updated_at = now()
        WHERE id = coalesce((SELECT id FROM expired), (SELECT id FROM due)) ${CLAIMED}`,
      [now, token, this.clientId, this.leaseMs, ABANDONED_ERROR, ...(maxAttempts === undefined ? [] : [maxAttempts])],
    );
    if (!row) return undefined;
    const cv = toCvRecord(row as PgRow);
    if (cv.status === 'failed') return { cv, token: '', attempts: cv.attempts, abandoned: true };
    this.announcer.claimed();
    return { cv, token, attempts: cv.attempts };
  }

  /** At start: CVs whose worker died on their last allowed attempt fail (see claimNext). */
  async failAbandoned(maxAttempts: number, error: string): Promise<{ id: string; fileName: string }[]> {
    const rows = await this.db.rows(
      `UPDATE cvs SET status = 'failed', error_message = $2, ${RELEASE}
        WHERE status = 'processing' AND attempts >= $1 AND lease_until < now() RETURNING id, file_name`,
      [maxAttempts, error],
    );
    return rows.map((r) => ({ id: String(r.id), fileName: String(r.file_name) }));
  }

  async complete(id: string, token: string, cv: ParsedCV, contentHash?: string): Promise<boolean> {
    const cols = parsedToColumns(cv);
    const names = Object.keys(cols);
    const sets = names.map((n, i) => `${n} = $${i + 4}`).join(', ');
    const rows = await this.db.prepared(
      `UPDATE cvs SET ${sets}, status = 'completed', error_message = NULL, content_hash = COALESCE($3, content_hash), ${RELEASE} ${HELD} RETURNING corrections_json`,
      [id, token, contentHash ?? null, ...names.map((n) => cols[n])],
    );
    if (rows[0]) await keepCorrectionsListed(this.db, id, cv, rows[0].corrections_json);
    return rows.length > 0;
  }

  async fail(id: string, token: string, error: string): Promise<boolean> {
    return (await this.db.run(`UPDATE cvs SET status = 'failed', error_message = $3, ${RELEASE} ${HELD}`, [id, token, error])) > 0;
  }

  async requeue(id: string, token: string, error: string, notBefore: Date): Promise<boolean> {
    return (await this.db.run(
      `UPDATE cvs SET status = 'queued', error_message = $3, next_attempt_at = $4, processing_started_at = NULL, ${RELEASE} ${HELD}`,
      [id, token, error, notBefore],
    )) > 0;
  }

  async cancelQueued(id: string, orphaned = false): Promise<boolean> {
    return (await this.db.run(
      `UPDATE cvs SET status = 'failed', error_message = 'Cancelled', next_attempt_at = NULL, ${RELEASE}
        WHERE id = $1 AND status ${orphaned ? `IN ('queued', 'processing')` : `= 'queued'`}`,
      [id],
    )) > 0;
  }

  /** The earliest moment a CV becomes claimable: a backoff ending, or another worker's lease running out. */
  async nextDueAt(): Promise<Date | undefined> {
    const row = await this.db.one(
      `SELECT least(
        (SELECT min(next_attempt_at) FROM cvs WHERE status = 'queued' AND next_attempt_at IS NOT NULL),
        (SELECT min(lease_until) FROM cvs WHERE status = 'processing' AND claimed_by IS DISTINCT FROM $1)) AS t`,
      [this.clientId],
    );
    const t = iso(row?.t);
    return t ? new Date(t) : undefined;
  }

  /** CVs this worker may still get: queued ones (also backing off) and claims whose lease ran out. */
  async claimableCount(): Promise<number> {
    const row = await this.db.one(
      `SELECT (SELECT coalesce(sum(n), 0) FROM cv_counts WHERE status = 'queued')
        + (SELECT count(*) FROM cvs WHERE status = 'processing' AND lease_until < now()) AS n`,
    );
    return Number(row?.n ?? 0);
  }

  /** Extends the lease of every CV this client is parsing; returns how many. */
  async renewLeases(): Promise<number> {
    return this.db.run(
      `UPDATE cvs SET lease_until = now() + $2 * interval '1 millisecond' WHERE status = 'processing' AND claimed_by = $1`,
      [this.clientId, this.leaseMs],
    );
  }
}
