import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store';
import { one, run } from '../db/sql';
import type { ParsedCV } from '../parsedCv';
import type { CvRecord } from './cvRecord';
import { parsedToColumns } from './parsedColumns';
import type { CvRepository } from './repository';

export interface Claim {
  cv: CvRecord;
  token: string;
  attempts: number;
}

/**
 * The worker's side of the table. A claim takes the oldest due CV and gives it a fresh token;
 * every later write for that CV names the token, so a worker whose claim was taken back (crash
 * recovery, cancel, timeout) can never overwrite what happened since.
 */
export class ClaimRepository {
  constructor(
    private readonly store: Store,
    private readonly cvs: CvRepository,
  ) {}

  private get db() {
    return this.store.db;
  }

  claimNext(now = new Date()): Claim | undefined {
    const iso = now.toISOString();
    return this.store.transaction(() => {
      const next = this.cvs.getNextQueuedCV(iso);
      if (!next) return undefined;
      const token = randomUUID();
      run(
        this.db,
        `UPDATE cvs SET status = 'processing', processing_started_at = ?, claim_token = ?, attempts = attempts + 1,
          next_attempt_at = NULL, updated_at = ? WHERE id = ? AND status = 'queued'`,
        [iso, token, iso, next.id],
      );
      const attempts = Number(one(this.db, 'SELECT attempts FROM cvs WHERE id = ?', [next.id])?.attempts ?? 1);
      return { cv: { ...next, status: 'processing' as const, processingStartedAt: iso, attempts }, token, attempts };
    });
  }

  /** Stores the result; false when the claim is stale and nothing was written. */
  complete(id: string, token: string, cv: ParsedCV): boolean {
    const cols = parsedToColumns(cv);
    const names = Object.keys(cols);
    return this.write(
      `UPDATE cvs SET ${names.map((n) => `${n} = ?`).join(', ')}, status = 'completed', error_message = NULL, claim_token = NULL,
        updated_at = ? WHERE id = ? AND claim_token = ? AND status = 'processing'`,
      [...names.map((n) => cols[n]), new Date().toISOString(), id, token],
    );
  }

  fail(id: string, token: string, error: string): boolean {
    return this.write(
      `UPDATE cvs SET status = 'failed', error_message = ?, claim_token = NULL, updated_at = ? WHERE id = ? AND claim_token = ? AND status = 'processing'`,
      [error, new Date().toISOString(), id, token],
    );
  }

  /** Back to the queue after a transient error, not to be claimed before `notBefore`. */
  requeue(id: string, token: string, error: string, notBefore: Date): boolean {
    return this.write(
      `UPDATE cvs SET status = 'queued', error_message = ?, next_attempt_at = ?, processing_started_at = NULL, claim_token = NULL,
        updated_at = ? WHERE id = ? AND claim_token = ? AND status = 'processing'`,
      [error, notBefore.toISOString(), new Date().toISOString(), id, token],
    );
  }

  /**
   * Takes a queued CV out of the queue as failed "Cancelled", so it can be retried. With
   * `orphaned`, also a 'processing' row no live worker owns (the caller holds the database lock).
   */
  cancelQueued(id: string, orphaned = false): boolean {
    return this.write(
      `UPDATE cvs SET status = 'failed', error_message = 'Cancelled', next_attempt_at = NULL, claim_token = NULL, updated_at = ?
        WHERE id = ? AND status ${orphaned ? `IN ('queued', 'processing')` : `= 'queued'`}`,
      [new Date().toISOString(), id],
    );
  }

  /** The earliest time a backing-off CV becomes due, if any. */
  nextDueAt(): Date | undefined {
    const row = one(this.db, `SELECT MIN(next_attempt_at) AS t FROM cvs WHERE status = 'queued' AND next_attempt_at IS NOT NULL`);
    return row?.t ? new Date(String(row.t)) : undefined;
  }

  private write(sql: string, params: (string | number | null)[]): boolean {
    const changed = run(this.db, sql, params) > 0;
    if (changed) this.store.markDirty();
    return changed;
  }
}
