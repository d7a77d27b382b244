import type { StoredFile } from '../storage';
import type { PgDb } from './pgDb';
import { COPIED_COLUMNS, type CvRow, type CvRowPage, type CvRowValue } from '../cvRows';

/** PostgreSQL's stored CV bytes (cv_files) and whole-row copies of CVs (see CvRepository). */

export async function pgMissingFiles(db: PgDb, hashes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(hashes)];
  if (!unique.length) return [];
  const rows = await db.rows('SELECT content_hash FROM cv_files WHERE content_hash = ANY($1::text[])', [unique]);
  const stored = new Set(rows.map((r) => String(r.content_hash)));
  return unique.filter((h) => !stored.has(h));
}

/** One transaction; a hash another client stored meanwhile is left as it is. */
export async function pgStoreFiles(db: PgDb, files: readonly StoredFile[]): Promise<number> {
  if (!files.length) return 0;
  return db.transaction(async (client) => {
    let added = 0;
    for (const f of files) {
      const result = await client.query(
        `INSERT INTO cv_files (content_hash, content, size, stored_at) VALUES ($1, $2, $3, coalesce($4::timestamptz, now()))
          ON CONFLICT (content_hash) DO NOTHING`,
        [f.contentHash, Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength), f.content.byteLength, f.storedAt ?? null],
      );
      added += result.rowCount ?? 0;
    }
    return added;
  });
}

export async function pgFileBytes(db: PgDb, contentHash: string): Promise<Uint8Array | undefined> {
  const row = await db.one('SELECT content FROM cv_files WHERE content_hash = $1', [contentHash]);
  return row?.content instanceof Uint8Array ? row.content : undefined;
}

export async function pgStoredFile(db: PgDb, contentHash: string): Promise<StoredFile | undefined> {
  const row = await db.one('SELECT content, stored_at FROM cv_files WHERE content_hash = $1', [contentHash]);
  return row?.content instanceof Uint8Array ? { contentHash, content: row.content, storedAt: plain(row.stored_at) as string } : undefined;
}

export async function pgExportRows(db: PgDb, after: number, limit: number): Promise<CvRowPage> {
  const rows = await db.rows(`SELECT seq, ${COPIED_COLUMNS.join(', ')} FROM cvs WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, limit]);
  const page = rows.map((r) => Object.fromEntries(COPIED_COLUMNS.map((c) => [c, plain(r[c])])) as CvRow);
  return { rows: page, next: rows.length === limit ? Number(rows[rows.length - 1].seq) : undefined };
}

/** In slices small enough for PostgreSQL's 65,535 parameters per statement, in one transaction. */
export async function pgImportRows(db: PgDb, rows: readonly CvRow[]): Promise<number> {
  if (!rows.length) return 0;
  const width = COPIED_COLUMNS.length;
  const slice = Math.floor(60_000 / width);
  return db.transaction(async (client) => {
    let added = 0;
    for (let i = 0; i < rows.length; i += slice) {
      const part = rows.slice(i, i + slice);
      const values = part.map((_, r) => `(${COPIED_COLUMNS.map((__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
      const result = await client.query(
        `INSERT INTO cvs (${COPIED_COLUMNS.join(', ')}) VALUES ${values} ON CONFLICT (id) DO NOTHING`,
        part.flatMap((row) => COPIED_COLUMNS.map((c) => row[c])),
      );
      added += result.rowCount ?? 0;
    }
    return added;
  });
}

function plain(value: unknown): CvRowValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'number' ? value : String(value);
}
