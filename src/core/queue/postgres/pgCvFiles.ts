import type { StoredFile } from '../storage';
import type { PgDb } from './pgDb';

/** The stored CV bytes in PostgreSQL's cv_files table (see CvRepository). */

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
        'INSERT INTO cv_files (content_hash, content, size) VALUES ($1, $2, $3) ON CONFLICT (content_hash) DO NOTHING',
        [f.contentHash, Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength), f.content.byteLength],
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
