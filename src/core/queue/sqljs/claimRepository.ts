import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/store';
import { all, one, run } from '../../db/sql';
import type { ParsedCV } from '../../parsedCv';
import type { Claim, ClaimRepository } from '../storage';
import { nextQueuedCV } from './cvRepository';
import { resultColumns } from './resultColumns';

/** The worker's token-guarded writes in the sql.js store (see ClaimRepository). */
export class SqlJsClaimRepository implements ClaimRepository {
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  async claimNext(now = new Date()): Promise<Claim | undefined> {
    const iso = now.toISOString();
    return this.store.transaction(() => {
      const next = nextQueuedCV(this.db, iso);
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

  async complete(id: string, token: string, cv: ParsedCV): Promise<boolean> {
    const cols = resultColumns(this.db, id, cv);
    const names = Object.keys(cols);
    return this.write(
      `UPDATE cvs SET ${names.map((n) => `${n} = ?`).join(', ')}, status = 'completed', error_message = NULL, claim_token = NULL,
        updated_at = ? WHERE id = ? AND claim_token = ? AND status = 'processing'`,
      [...names.map((n) => cols[n]), new Date().toISOString(), id, token],
    );
  }

  async fail(id: string, token: string, error: string): Promise<boolean> {
    return this.write(
      `UPDATE cvs SET status = 'failed', error_message = ?, claim_token = NULL, updated_at = ? WHERE id = ? AND claim_token = ? AND status = 'processing'`,
      [error, new Date().toISOString(), id, token],
    );
  }

  async requeue(id: string, token: string, error: string, notBefore: Date): Promise<boolean> {
    return this.write(
      `UPDATE cvs SET status = 'queued', error_message = ?, next_attempt_at = ?, processing_started_at = NULL, claim_token = NULL,
        updated_at = ? WHERE id = ? AND claim_token = ? AND status = 'processing'`,
      [error, notBefore.toISOString(), new Date().toISOString(), id, token],
    );
  }

  async cancelQueued(id: string, orphaned = false): Promise<boolean> {
    return this.write(
      `UPDATE cvs SET status = 'failed', error_message = 'Cancelled', next_attempt_at = NULL, claim_token = NULL, updated_at = ?
        WHERE id = ? AND status ${orphaned ? `IN ('queued', 'processing')` : `= 'queued'`}`,
      [new Date().toISOString(), id],
    );
  }

  async nextDueAt(): Promise<Date | undefined> {
    const row = one(this.db, `SELECT MIN(next_attempt_at) AS t FROM cvs WHERE status = 'queued' AND next_attempt_at IS NOT NULL`);
    return row?.t ? new Date(String(row.t)) : undefined;
  }

  async failAbandoned(maxAttempts: number, error: string): Promise<{ id: string; fileName: string }[]> {
    return this.store.transaction(() => {
      const rows = all(this.db, `SELECT id, file_name FROM cvs WHERE status = 'processing' AND attempts >= ?`, [maxAttempts]);
      for (const row of rows) {
        run(this.db, `UPDATE cvs SET status = 'failed', error_message = ?, claim_token = NULL, updated_at = ? WHERE id = ?`, [error, new Date().toISOString(), String(row.id)]);
      }
      if (rows.length) this.store.markDirty();
      return rows.map((r) => ({ id: String(r.id), fileName: String(r.file_name) }));
    });
  }

  private write(sql: string, params: (string | number | null)[]): boolean {
    const changed = run(this.db, sql, params) > 0;
    if (changed) this.store.markDirty();
    return changed;
  }
}
