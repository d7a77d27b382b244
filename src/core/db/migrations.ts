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
 * Corrections that stick: a person's corrections (JSON pointers into the parsed CV, with who and
 * when) beside the parser's result, which stays as it was; what lists and searches show of the
 * corrected CV; who marked the CV reviewed and when. Version 5 is another change's number.
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

// Versions need not be consecutive, only ascending: each runs once when the database is older.
export const migrations: readonly Migration[] = [v1, v2, v3, v4, v6];
export const latestVersion = migrations[migrations.length - 1].version;

export function userVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
}

/** Applies every migration newer than the database, each in its own transaction. Returns how many ran. */
export function runMigrations(db: Database, logger: Logger, list: readonly Migration[] = migrations): number {
  let ran = 0;
  for (const migration of list) {
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
