import type { Database } from 'sql.js';
import { type Logger, errorMessage } from '../logger';
import { APPLICATION_ID, applicationId } from './databaseFile';
import { runMigrations } from './migrations';

/**
 * Marks a database (already checked to be ours) as ours and brings its schema up to date, in
 * memory; returns true if that changed anything, so the caller knows to save.
 */
export function prepareDatabase(db: Database, file: string, isNew: boolean, logger: Logger): boolean {
  let changed = isNew;
  if (applicationId(db) !== APPLICATION_ID) {
    // The first open by a version that deletes securely: rows removed before may still sit in free pages.
    if (!isNew && freePages(db) > 0) db.run('VACUUM');
    db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
    changed = true;
  }
  try {
    if (runMigrations(db, logger) > 0) changed = true;
  } catch (err) {
    db.close();
    throw new Error(`Upgrading the database ${file} failed, and it was left as it was: ${errorMessage(err)}`);
  }
  tuneConnection(db);
  return changed;
}

/**
 * The database lives in memory and reaches disk only through whole-file atomic saves, so
 * SQLite's own journal file and syncs (in sql.js's in-memory file system) buy no safety here;
 * keeping the rollback journal in memory makes each transaction several times cheaper.
 * secure_delete overwrites deleted rows with zeros, so a removed CV's personal data does not
 * survive in free pages of the saved file. Runs again after every export(), which reopens the
 * connection and so forgets its pragmas.
 */
export function tuneConnection(db: Database): void {
  db.run('PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA secure_delete = ON');
}

function freePages(db: Database): number {
  return Number(db.exec('PRAGMA freelist_count')[0]?.values[0]?.[0] ?? 0);
}
