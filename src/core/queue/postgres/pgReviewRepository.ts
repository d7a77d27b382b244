import { type FieldCorrection, mergeCorrections } from '../../review/corrections';
import { columnsToParsed } from '../sqljs/parsedColumns';
import { correctedColumn, correctionsColumn, parseCorrections } from '../reviewColumns';
import type { ReviewRepository, StoredReview } from '../storage';
import type { PgDb } from './pgDb';
import { type PgRow, iso } from './pgRows';

// The count triggers announce status changes only; other clients' views hear of these here.
const ANNOUNCE = `SELECT pg_notify('samsara_queue', 'cvs')`;

/** Corrections and the reviewed mark on PostgreSQL (see ReviewRepository). */
export class PgReviewRepository implements ReviewRepository {
  constructor(private readonly db: PgDb) {}

  async getReview(id: string): Promise<StoredReview | undefined> {
    const row = await this.db.one(`SELECT * FROM cvs WHERE id = $1 AND status = 'completed'`, [id]);
    if (!row) return undefined;
    const at = iso(row.reviewed_at);
    return {
      original: toParsed(row),
      corrections: parseCorrections(row.corrections_json),
      reviewed: typeof row.reviewed_by === 'string' && at ? { by: row.reviewed_by, at } : undefined,
    };
  }

  /** Under a row lock, so two people correcting the same CV at once both keep their corrections. */
  async addCorrections(id: string, added: readonly FieldCorrection[]): Promise<boolean> {
    return this.db.transaction(async (client) => {
      const row = (await client.query(`SELECT * FROM cvs WHERE id = $1 AND status = 'completed' FOR UPDATE`, [id])).rows[0] as PgRow | undefined;
      if (!row) return false;
      const corrections = mergeCorrections(parseCorrections(row.corrections_json), added);
      await client.query('UPDATE cvs SET corrections_json = $2, corrected_json = $3 WHERE id = $1', [
        id, correctionsColumn(corrections), correctedColumn(toParsed(row), corrections),
      ]);
      await client.query(ANNOUNCE);
      return true;
    });
  }

  async discardCorrections(id: string): Promise<boolean> {
    return this.announced(await this.db.run('UPDATE cvs SET corrections_json = NULL, corrected_json = NULL WHERE id = $1 AND corrections_json IS NOT NULL', [id]));
  }

  async setReviewed(id: string, mark?: { by: string; at: string }): Promise<boolean> {
    return this.announced(await this.db.run('UPDATE cvs SET reviewed_by = $2, reviewed_at = $3 WHERE id = $1', [id, mark?.by ?? null, mark?.at ?? null]));
  }

  private async announced(changed: number): Promise<boolean> {
    if (changed) await this.db.run(ANNOUNCE);
    return changed > 0;
  }
}

function toParsed(row: PgRow): ReturnType<typeof columnsToParsed> {
  return columnsToParsed(row as Parameters<typeof columnsToParsed>[0]);
}
