import type { Database } from 'sql.js';
import { all, one, run } from '../../db/sql';
import type { StoredFile } from '../storage';
import { COPIED_COLUMNS, type CvRow, type CvRowPage } from '../cvRows';

/** The embedded store's stored CV bytes (cv_files) and whole-row copies of CVs (see CvRepository). */

export function missingFiles(db: Database, hashes: readonly string[]): string[] {
  const unique = [...new Set(hashes)];
  if (!unique.length) return [];
  const stored = new Set<string>();
  // sql.js binds at most 999 parameters per statement
  for (let i = 0; i < unique.length; i += 500) {
    const slice = unique.slice(i, i + 500);
    const rows = all(db, `SELECT content_hash FROM cv_files WHERE content_hash IN (${slice.map(() => '?').join(', ')})`, slice);
    for (const r of rows) stored.add(String(r.content_hash));
  }
  return unique.filter((h) => !stored.has(h));
}

/** Runs inside the caller's transaction; returns how many hashes were new. */
export function storeFiles(db: Database, files: readonly StoredFile[]): number {
  const now = new Date().toISOString();
  let added = 0;
  for (const f of files) {
    added += run(db, 'INSERT OR IGNORE INTO cv_files (content_hash, content, size, stored_at) VALUES (?, ?, ?, ?)', [
      f.contentHash, f.content, f.content.byteLength, f.storedAt ?? now,
    ]);
  }
  return added;
}

export function fileBytes(db: Database, contentHash: string): Uint8Array | undefined {
  const row = one(db, 'SELECT content FROM cv_files WHERE content_hash = ?', [contentHash]);
  return row?.content instanceof Uint8Array ? row.content : undefined;
}

export function storedFileRow(db: Database, contentHash: string): StoredFile | undefined {
  const row = one(db, 'SELECT content, stored_at FROM cv_files WHERE content_hash = ?', [contentHash]);
  return row?.content instanceof Uint8Array ? { contentHash, content: row.content, storedAt: String(row.stored_at) } : undefined;
}

export function exportCvRows(db: Database, after: number, limit: number): CvRowPage {
  const rows = all(db, `SELECT rowid AS seq, ${COPIED_COLUMNS.join(', ')} FROM cvs WHERE rowid > ? ORDER BY rowid LIMIT ?`, [after, limit]);
  const page = rows.map((r) => Object.fromEntries(COPIED_COLUMNS.map((c) => [c, r[c] ?? null])) as CvRow);
  return { rows: page, next: rows.length === limit ? Number(rows[rows.length - 1].seq) : undefined };
}

/** Runs inside the caller's transaction. */
export function importCvRows(db: Database, rows: readonly CvRow[]): number {
  const sql = `INSERT OR IGNORE INTO cvs (${COPIED_COLUMNS.join(', ')}) VALUES (${COPIED_COLUMNS.map(() => '?').join(', ')})`;
  let added = 0;
  for (const row of rows) added += run(db, sql, COPIED_COLUMNS.map((c) => row[c]));
  return added;
}
