import type { PoolClient } from 'pg';
import { DatabaseError } from '../../db/errors';
import { sortByVersion } from '../../db/migrations';
import { pgV9 } from './pgCountSlots';

/**
 * The schema on PostgreSQL, numbered as the embedded store's migrations are, so one version
 * number means one shape of the queue on either backend.
 */
interface PgMigration {
  version: number;
  sql: string;
}

const v1 = `
  CREATE TABLE projects (id text PRIMARY KEY, name text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
  CREATE TABLE cvs (
    id text PRIMARY KEY,
    -- created_at is shared by a batch: seq keeps the order the CVs were added in
    seq bigint GENERATED ALWAYS AS IDENTITY,
    file_path text NOT NULL, file_name text NOT NULL,
    created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
    contact_json text NOT NULL DEFAULT '{}', contact_confidence double precision NOT NULL DEFAULT 0,
    work_history_json text, education_json text, skills_json text, certifications_json text,
    languages_json text, other_sections_json text, raw_text text, section_order_json text,
    parse_confidence double precision NOT NULL DEFAULT 0, warnings_json text, parse_time_ms integer,
    project_id text REFERENCES projects(id));`;

const v2 = `
  ALTER TABLE cvs ADD COLUMN status text NOT NULL DEFAULT 'completed',
    ADD COLUMN error_message text, ADD COLUMN processing_started_at timestamptz;
  CREATE INDEX idx_cvs_status ON cvs (status, created_at, seq);`;

const v3 = `ALTER TABLE cvs ADD COLUMN summary text;`;

/**
 * The worker: attempts, backoff, the claim token, the content hash; for many workers a lease
 * (lease_until, renewed while the CV is parsed) and who holds it. Counts per status live in
 * cv_counts, kept by statement triggers, so counting never scans the table; the triggers also
 * announce every change (NOTIFY samsara_queue), so workers and open views hear of it.
 */
const v4 = `
  ALTER TABLE cvs ADD COLUMN attempts integer NOT NULL DEFAULT 0, ADD COLUMN claim_token text,
    ADD COLUMN next_attempt_at timestamptz, ADD COLUMN content_hash text,
    ADD COLUMN claimed_by text, ADD COLUMN lease_until timestamptz;
  CREATE INDEX idx_cvs_claim ON cvs (created_at, seq) WHERE status = 'queued';
  CREATE INDEX idx_cvs_lease ON cvs (lease_until) WHERE status = 'processing';
  CREATE INDEX idx_cvs_project_status ON cvs (project_id, status, created_at, seq);
  CREATE INDEX idx_cvs_hash ON cvs (content_hash) WHERE content_hash IS NOT NULL;
  CREATE TABLE cv_counts (project_key text NOT NULL, status text NOT NULL, n bigint NOT NULL, PRIMARY KEY (project_key, status));
  INSERT INTO cv_counts SELECT coalesce(project_id, ''), status, count(*) FROM cvs GROUP BY 1, 2;
  CREATE FUNCTION samsara_count_cvs() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE changed bigint;
  BEGIN
    -- ordered by key so concurrent statements lock counter rows in the same order
    IF TG_OP = 'INSERT' THEN
      INSERT INTO cv_counts SELECT coalesce(project_id, ''), status, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (project_key, status) DO UPDATE SET n = cv_counts.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO cv_counts SELECT coalesce(project_id, ''), status, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (project_key, status) DO UPDATE SET n = cv_counts.n + excluded.n;
    ELSE
      INSERT INTO cv_counts
        SELECT k, s, sum(d) FROM (
          SELECT coalesce(project_id, '') AS k, status AS s, -1 AS d FROM old_rows
          UNION ALL SELECT coalesce(project_id, ''), status, 1 FROM new_rows) AS changes
        GROUP BY k, s HAVING sum(d) <> 0 ORDER BY k, s
        ON CONFLICT (project_key, status) DO UPDATE SET n = cv_counts.n + excluded.n;
      GET DIAGNOSTICS changed = ROW_COUNT;
      -- a lease renewal changes no status: no one needs to hear of it
      IF changed = 0 THEN RETURN NULL; END IF;
    END IF;
    PERFORM pg_notify('samsara_queue', 'cvs');
    RETURN NULL;
  END $$;
  CREATE TRIGGER cvs_count_insert AFTER INSERT ON cvs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION samsara_count_cvs();
  CREATE TRIGGER cvs_count_update AFTER UPDATE ON cvs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION samsara_count_cvs();
  CREATE TRIGGER cvs_count_delete AFTER DELETE ON cvs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION samsara_count_cvs();
  CREATE FUNCTION samsara_notify_projects() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('samsara_queue', 'projects');
    RETURN NULL;
  END $$;
  CREATE TRIGGER projects_notify AFTER INSERT OR UPDATE OR DELETE ON projects
    FOR EACH STATEMENT EXECUTE FUNCTION samsara_notify_projects();`;

/**
 * The team queue: a CV's bytes once per content hash, so a worker on another machine can parse
 * it; who queued each CV; and bytes no CV refers to any more are deleted with the last CV that
 * did, whichever statement deletes it (remove, erase, purge, a project's deletion).
 */
const v5 = `
  CREATE TABLE cv_files (content_hash text PRIMARY KEY, content bytea NOT NULL, size integer NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now());
  ALTER TABLE cvs ADD COLUMN enqueued_by text;
  CREATE FUNCTION samsara_drop_files() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM cv_files f WHERE f.content_hash IN (SELECT content_hash FROM old_rows WHERE content_hash IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM cvs c WHERE c.content_hash = f.content_hash);
    RETURN NULL;
  END $$;
  CREATE TRIGGER cvs_drop_files AFTER DELETE ON cvs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION samsara_drop_files();`;

// Sorted: versions merged from several lines of work may arrive out of order or with gaps.

/** Corrections, what lists show of the corrected CV, the reviewed mark (see the embedded store's v6). */
const v6 = `
  ALTER TABLE cvs ADD COLUMN corrections_json text, ADD COLUMN corrected_json text,
    ADD COLUMN reviewed_at timestamptz, ADD COLUMN reviewed_by text;`;

/**
 * The embedded store drops its single-column status index here. PostgreSQL's idx_cvs_status is
 * already (status, created_at, seq), the index listing by status walks: it stays, and the
 * version moves so one number keeps meaning one queue on either backend.
 */
const v7 = `SELECT 1;`;

/** Whether a CV was read by OCR, how well and in which languages (see the embedded store's v10). */
const v10 = `
  ALTER TABLE cvs ADD COLUMN ocr_pages integer, ADD COLUMN ocr_confidence double precision,
    ADD COLUMN ocr_languages_json text;`;

export const pgMigrations: readonly PgMigration[] = sortByVersion([
  { version: 1, sql: v1 },
  { version: 2, sql: v2 },
  { version: 3, sql: v3 },
  { version: 4, sql: v4 },
  { version: 5, sql: v5 },
  { version: 6, sql: v6 },
  { version: 7, sql: v7 },
  { version: 9, sql: pgV9 },
  { version: 10, sql: v10 },
]);

// Any constant will do: it only has to be the same for every client of this schema.
const MIGRATION_LOCK = 731_240_013;

/**
 * Brings the schema up to date in one transaction under an advisory lock, so two clients
 * starting at once cannot both migrate; refuses a database from a newer version. Returns how
 * many migrations ran.
 */
export async function migratePg(client: PoolClient, location: string, list: readonly PgMigration[] = pgMigrations): Promise<number> {
  const ordered = sortByVersion(list);
  const known = ordered.length ? ordered[ordered.length - 1].version : 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS samsara_schema (version integer NOT NULL)');
    const version = Number((await client.query('SELECT max(version) AS v FROM samsara_schema')).rows[0]?.v ?? 0);
    if (version > known) throw newerVersion(location, version, known);
    let ran = 0;
    for (const m of ordered) {
      if (m.version <= version) continue;
      await client.query(m.sql);
      ran++;
    }
    if (ran) {
      await client.query('DELETE FROM samsara_schema');
      await client.query('INSERT INTO samsara_schema (version) VALUES ($1)', [known]);
    }
    await client.query('COMMIT');
    return ran;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

function newerVersion(location: string, version: number, known: number): DatabaseError {
  return new DatabaseError(
    `${location} was created by a newer version of Samsara CV Queue (schema ${version}, this version knows up to ${known}). Update the extension or the samsara command; the database was left untouched.`,
    'NEWER_VERSION',
  );
}

/** The newest schema version this code knows; a test holds it equal to the embedded store's. */
export const pgLatestVersion = pgMigrations[pgMigrations.length - 1].version;
