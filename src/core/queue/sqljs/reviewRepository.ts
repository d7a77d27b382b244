import { one, run, str } from '../../db/sql';
import type { Store } from '../../db/store';
import { type FieldCorrection, mergeCorrections } from '../../review/corrections';
import { correctedColumn, correctionsColumn, parseCorrections } from '../reviewColumns';
import type { ReviewRepository, StoredReview } from '../storage';
import { columnsToParsed } from './parsedColumns';

/** Corrections and the reviewed mark in the sql.js store (see ReviewRepository). */
export class SqlJsReviewRepository implements ReviewRepository {
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  async getReview(id: string): Promise<StoredReview | undefined> {
    const row = one(this.db, `SELECT * FROM cvs WHERE id = ? AND status = 'completed'`, [id]);
    if (!row) return undefined;
    const by = str(row.reviewed_by);
    const at = str(row.reviewed_at);
    return {
      original: columnsToParsed(row),
      corrections: parseCorrections(row.corrections_json),
      reviewed: by !== undefined && at !== undefined ? { by, at } : undefined,
    };
  }

  async addCorrections(id: string, added: readonly FieldCorrection[]): Promise<boolean> {
    return this.store.transaction(() => {
      const row = one(this.db, `SELECT * FROM cvs WHERE id = ? AND status = 'completed'`, [id]);
      if (!row) return false;
      const corrections = mergeCorrections(parseCorrections(row.corrections_json), added);
      return this.write('UPDATE cvs SET corrections_json = ?, corrected_json = ? WHERE id = ?', [correctionsColumn(corrections), correctedColumn(columnsToParsed(row), corrections), id]);
    });
  }

  async discardCorrections(id: string): Promise<boolean> {
    return this.write('UPDATE cvs SET corrections_json = NULL, corrected_json = NULL WHERE id = ? AND corrections_json IS NOT NULL', [id]);
  }

  async setReviewed(id: string, mark?: { by: string; at: string }): Promise<boolean> {
    return this.write('UPDATE cvs SET reviewed_by = ?, reviewed_at = ? WHERE id = ?', [mark?.by ?? null, mark?.at ?? null, id]);
  }

  // updated_at stays: it is when the CV was last processed, which retention counts from.
  private write(sql: string, params: (string | null)[]): boolean {
    const changed = run(this.db, sql, params) > 0;
    if (changed) this.store.markDirty();
    return changed;
  }
}
