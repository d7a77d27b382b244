import type { ParsedCV } from '../../parsedCv';
import { correctedColumn, parseCorrections } from '../reviewColumns';
import type { PgDb } from './pgDb';

/**
 * After a corrected CV got a new result: what lists show follows the corrections applied to it.
 * A second statement only for corrected CVs, so completing any other CV stays one round trip;
 * it is guarded by the corrections it was computed from, so a correction made in between (which
 * writes its own listed fields) is never overwritten.
 */
export async function keepCorrectionsListed(db: PgDb, id: string, cv: ParsedCV, correctionsJson: unknown): Promise<void> {
  const corrections = parseCorrections(correctionsJson);
  if (!corrections.length) return;
  await db.run('UPDATE cvs SET corrected_json = $2 WHERE id = $1 AND corrections_json = $3', [id, correctedColumn(cv, corrections), String(correctionsJson)]);
}
