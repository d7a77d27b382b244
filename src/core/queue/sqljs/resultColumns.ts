import type { Database } from 'sql.js';
import { one } from '../../db/sql';
import type { ParsedCV } from '../../parsedCv';
import { correctedColumn, parseCorrections } from '../reviewColumns';
import { parsedToColumns } from './parsedColumns';

/**
 * The columns a new result writes: the parser's, and what lists show once the CV's corrections
 * (kept from before) apply to it. Read and written in the same synchronous run, so nothing
 * comes between.
 */
export function resultColumns(db: Database, id: string, cv: ParsedCV): Record<string, string | number | null> {
  const corrections = parseCorrections(one(db, 'SELECT corrections_json FROM cvs WHERE id = ?', [id])?.corrections_json);
  return { ...parsedToColumns(cv), corrected_json: correctedColumn(cv, corrections) };
}
