import type { Database } from 'sql.js';
import type { Logger } from '../logger';

export interface Migration {
  version: number;
  up(db: Database, logger: Logger): void;
}

/** The schema from before the queue existed. */
const v1: Migration = {
  version: 1,
  up(db) {
    db.run(`
      CREATE TABLE IF NOT EXISTS projects (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS cvs (
        id TEXT PRIMARY KEY, file_path TEXT NOT NULL, file_name TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        contact_json TEXT NOT NULL DEFAULT '{}', contact_confidence REAL NOT NULL DEFAULT 0,
        work_history_json TEXT, education_json TEXT, skills_json TEXT, certifications_json TEXT,
        languages_json TEXT, other_sections_json TEXT, raw_text TEXT, section_order_json TEXT,
        parse_confidence REAL NOT NULL DEFAULT 0, warnings_json TEXT, parse_time_ms INTEGER,
        project_id TEXT REFERENCES projects(id));
    `);
  },
};

/** The queue: CVs that existed before it keep status 'completed'. */
const v2: Migration = {
  version: 2,
  up(db, logger) {
    addColumnIfMissing(db, 'cvs', 'status', `TEXT NOT NULL DEFAULT 'completed'`);
    addColumnIfMissing(db, 'cvs', 'error_message', 'TEXT');
    addColumnIfMissing(db, 'cvs', 'processing_started_at', 'TEXT');
    db.run('CREATE INDEX IF NOT EXISTS idx_cvs_status ON cvs(status)');
    logger.info('Database migrated to version 2');
  },
};

/** The parsed CV's summary has no column in the first schema. */
const v3: Migration = {
  version: 3,
  up(db) {
    addColumnIfMissing(db, 'cvs', 'summary', 'TEXT');
  },
};

/**
 * The worker: attempts and backoff, a claim token so a stale worker cannot overwrite a CV that
 * was taken back, the file's content hash for duplicates, and the index getNext walks.
 */
const v4: Migration = {
  version: 4,
  up(db) {
    addColumnIfMissing(db, 'cvs', 'attempts', 'INTEGER NOT NULL DEFAULT 0');
    addColumnIfMissing(db, 'cvs', 'claim_token', 'TEXT');
    addColumnIfMissing(db, 'cvs', 'next_attempt_at', 'TEXT');
    addColumnIfMissing(db, 'cvs', 'content_hash', 'TEXT');
    db.run('CREATE INDEX IF NOT EXISTS idx_cvs_status_created ON cvs(status, created_at)');
  },
};

/**
 * The team queue: a CV's bytes once per content hash (so a worker on another machine can parse
 * it), who queued each CV, and a trigger that deletes bytes no CV refers to any more, so erasing
 * a candidate also erases the stored file. The embedded store gets the same shape, though it
 * stores no bytes at enqueue (see README): one schema version means one shape on either backend.
 */
const v5: Migration = {
  version: 5,
  up(db) {
    db.run(`CREATE TABLE IF NOT EXISTS cv_files (
      content_hash TEXT PRIMARY KEY, content BLOB NOT NULL, size INTEGER NOT NULL, stored_at TEXT NOT NULL)`);
    addColumnIfMissing(db, 'cvs', 'enqueued_by', 'TEXT');
    db.run('CREATE INDEX IF NOT EXISTS idx_cvs_content_hash ON cvs(content_hash)');
    db.run(`CREATE TRIGGER IF NOT EXISTS cvs_drop_files AFTER DELETE ON cvs WHEN OLD.content_hash IS NOT NULL BEGIN
      DELETE FROM cv_files WHERE content_hash = OLD.content_hash AND NOT EXISTS (SELECT 1 FROM cvs WHERE content_hash = OLD.content_hash);
    END`);
  },
};

/**
 * Corrections that stick: a person's corrections (JSON pointers into the parsed CV, with who and
 * when) beside the parser's result, which stays as it was; what lists and searches show of the
 * corrected CV; who marked the CV reviewed and when.
 */
const v6: Migration = {
  version: 6,
  up(db) {
    addColumnIfMissing(db, 'cvs', 'corrections_json', 'TEXT');
    addColumnIfMissing(db, 'cvs', 'corrected_json', 'TEXT');
    addColumnIfMissing(db, 'cvs', 'reviewed_at', 'TEXT');
    addColumnIfMissing(db, 'cvs', 'reviewed_by', 'TEXT');
  },
};

/**
 * idx_cvs_status (v2) is a prefix of idx_cvs_status_created (v4): every query by status is
 * served by the composite index, and each insert paid for both.
 */
const v7: Migration = {
  version: 7,
  up(db) {
    db.run('DROP INDEX IF EXISTS idx_cvs_status');
  },
};

/**
 * PostgreSQL's counts per status get a slot per connection here (see pgCountSlots.ts); the
 * embedded store has one writer and no counts table, so it only moves its version, keeping one
 * number for one queue on either backend.
 */
const v9: Migration = {
  version: 9,
  up() {},
};

/**
 * Whether a CV was read by OCR, how well and in which languages: the tree shows it without
 * loading the parsed result, and the result keeps its `ocr` field. NULL for CVs with a text layer.
 */
const v10: Migration = {
  version: 10,
  up(db) {
    addColumnIfMissing(db, 'cvs', 'ocr_pages', 'INTEGER');
    addColumnIfMissing(db, 'cvs', 'ocr_confidence', 'REAL');
    addColumnIfMissing(db, 'cvs', 'ocr_languages_json', 'TEXT');
  },
};

// Sorted: each runs once, in order, when the database is older; numbers may have gaps.
export const migrations: readonly Migration[] = sortByVersion([v1, v2, v3, v4, v5, v6, v7, v9, v10]);
export const latestVersion = migrations[migrations.length - 1].version;

/** Migrations in ascending order; a missing number is no problem, as each step is applied only when newer. */
export function sortByVersion<T extends { version: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.version - b.version);
}

export function userVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
}

/** Applies every migration newer than the database, each in its own transaction. Returns how many ran. */
export function runMigrations(db: Database, logger: Logger, list: readonly Migration[] = migrations): number {
  let ran = 0;
  for (const migration of sortByVersion(list)) {
    if (userVersion(db) >= migration.version) continue;
    db.run('BEGIN');
    try {
      migration.up(db, logger);
      db.run(`PRAGMA user_version = ${migration.version}`);
      db.run('COMMIT');
    } catch (err) {
      db.run('ROLLBACK');
      throw err;
    }
    ran++;
  }
  return ran;
}

export function hasColumn(db: Database, table: string, column: string): boolean {
  const info = db.exec(`PRAGMA table_info(${table})`)[0];
  return !!info?.values.some((row) => row[1] === column);
}

export function addColumnIfMissing(db: Database, table: string, column: string, definition: string): void {
  if (!hasColumn(db, table, column)) db.run(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
}
