/**
 * Schema version 9 on PostgreSQL: counts per status no longer make every worker wait for every
 * other one, and a claim no longer serialises the commits of the whole server.
 *
 * Before, each status change added to one cv_counts row per (project, status), so eight workers
 * claiming at once queued on the row lock of ('', 'queued') until each other's commit. Now each
 * connection adds to its own slot (its backend pid modulo COUNT_SLOTS) and readers sum the slots.
 *
 * NOTIFY takes a database-wide lock at commit, held until the commit is written: a claim that
 * announced itself made every concurrent claim wait for it. A claim (queued to processing, the
 * only change a claim makes to the counts) is therefore not announced by the trigger; the
 * claiming client announces its claims a moment later, once for many (see ClaimAnnouncer). Every
 * other change is announced as before, so workers still wake for new, retried and released CVs.
 */
export const COUNT_SLOTS = 16;

export const pgV9 = `
  ALTER TABLE cv_counts ADD COLUMN slot smallint NOT NULL DEFAULT 0;
  ALTER TABLE cv_counts DROP CONSTRAINT cv_counts_pkey, ADD PRIMARY KEY (project_key, status, slot);
  CREATE OR REPLACE FUNCTION samsara_count_cvs() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    changed bigint;
    claims_only boolean;
    my_slot smallint := pg_backend_pid() % ${COUNT_SLOTS};
  BEGIN
    -- ordered by key so concurrent statements on one slot lock counter rows in the same order
    IF TG_OP = 'INSERT' THEN
      INSERT INTO cv_counts (project_key, status, slot, n) SELECT coalesce(project_id, ''), status, my_slot, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (project_key, status, slot) DO UPDATE SET n = cv_counts.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO cv_counts (project_key, status, slot, n) SELECT coalesce(project_id, ''), status, my_slot, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (project_key, status, slot) DO UPDATE SET n = cv_counts.n + excluded.n;
    ELSE
      WITH changes AS (
        SELECT k, s, sum(d) AS d FROM (
          SELECT coalesce(project_id, '') AS k, status AS s, -1 AS d FROM old_rows
          UNION ALL SELECT coalesce(project_id, ''), status, 1 FROM new_rows) AS c
        GROUP BY k, s HAVING sum(d) <> 0
      ), counted AS (
        INSERT INTO cv_counts (project_key, status, slot, n) SELECT k, s, my_slot, d FROM changes ORDER BY k, s
          ON CONFLICT (project_key, status, slot) DO UPDATE SET n = cv_counts.n + excluded.n
      )
      SELECT count(*), coalesce(bool_and((s = 'queued' AND d < 0) OR (s = 'processing' AND d > 0)), FALSE)
        INTO changed, claims_only FROM changes;
      -- a lease renewal changes no status: no one needs to hear of it; a claim is announced by its client
      IF changed = 0 OR claims_only THEN RETURN NULL; END IF;
    END IF;
    PERFORM pg_notify('samsara_queue', 'cvs');
    RETURN NULL;
  END $$;`;
