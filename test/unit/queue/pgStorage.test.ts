import assert from 'node:assert/strict';
import { Client, Pool } from 'pg';
import { DatabaseError } from '../../../src/core/db/errors';
import { latestVersion } from '../../../src/core/db/migrations';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { ABANDONED_ERROR } from '../../../src/core/queue/storage';
import { type PgStorage, openPgStorage } from '../../../src/core/queue/postgres/pgStorage';
import { migratePg, pgLatestVersion, pgMigrations } from '../../../src/core/queue/postgres/pgMigrations';
import { requirePostgres } from '../helpers/queueBackends';
import { createTestDatabase } from '../helpers/postgresServer';

describe('the PostgreSQL queue', function () {
  this.timeout(60_000);
  requirePostgres();
  let url = '';
  let drop: () => Promise<void> = async () => undefined;
  const opened: PgStorage[] = [];
  const open = async (leaseMs?: number) => {
    const s = await openPgStorage(url, { leaseMs });
    opened.push(s);
    return s;
  };
  beforeEach(async () => {
    ({ url, drop } = await createTestDatabase());
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await drop();
  });
  const sql = async (text: string, params: unknown[] = []) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(text, params)).rows;
    } finally {
      await c.end();
    }
  };

  it('has the same schema version as the embedded store', () => {
    assert.equal(pgLatestVersion, latestVersion);
  });

  it('migrates once when many clients open a fresh database at the same moment', async () => {
    const storages = await Promise.all(Array.from({ length: 6 }, () => open()));
    assert.deepEqual(await sql('SELECT version FROM samsara_schema'), [{ version: latestVersion }]);
    await storages[0].cvs.insertQueuedCV({ filePath: '/a.pdf', fileName: 'a.pdf' });
    assert.equal((await storages[5].cvs.countByStatus()).queued, 1);
  });

  it('refuses a database from a newer version with the embedded store\'s message, leaving it untouched', async () => {
    await (await open()).close();
    opened.length = 0;
    await sql('UPDATE samsara_schema SET version = 99');
    await assert.rejects(openPgStorage(url), (err: unknown) =>
      err instanceof DatabaseError && err.code === 'NEWER_VERSION' &&
      /was created by a newer version of Samsara CV Queue \(schema 99, this version knows up to \d+\)/.test(err.message));
    assert.deepEqual(await sql('SELECT version FROM samsara_schema'), [{ version: 99 }]);
  });

  it('hands each CV to exactly one of many concurrent claimers', async () => {
    const a = await open();
    const b = await open();
    const added = await a.cvs.insertQueuedCVs(Array.from({ length: 40 }, (_, i) => ({ filePath: `/cvs/${i}.pdf`, fileName: `${i}.pdf` })));
    const claims = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).claims.claimNext()));
    const got = claims.filter((c) => c !== undefined).map((c) => c.cv.id);
    assert.equal(got.length, 40);
    assert.equal(new Set(got).size, 40, 'no CV claimed twice');
    assert.deepEqual(new Set(got), new Set(added.map((x) => x.id)));
    assert.deepEqual(await a.cvs.countByStatus(), { queued: 0, processing: 40, completed: 0, failed: 0 });
  });

  it('lets another worker take over a CV whose lease ran out, and fences out the first worker\'s late result', async () => {
    const dead = await open(60_000);
    const alive = await open(60_000);
    const [cv] = await dead.cvs.insertQueuedCVs([{ filePath: '/cvs/a.pdf', fileName: 'a.pdf' }]);
    const first = await dead.claims.claimNext();
    assert.equal(first?.cv.id, cv.id);
    assert.equal(await alive.claims.claimNext(), undefined, 'a live lease is not taken');
    await sql(`UPDATE cvs SET lease_until = now() - interval '1 second'`);
    assert.equal(await alive.claims.claimableCount(), 1);
    const second = await alive.claims.claimNext();
    assert.equal(second?.cv.id, cv.id);
    assert.equal(second?.attempts, 2);
    assert.equal(await dead.claims.complete(cv.id, first?.token ?? '', emptyParsedCV()), false, 'the stale token writes nothing');
    assert.equal(await alive.claims.complete(cv.id, second?.token ?? '', { ...emptyParsedCV(), raw_text: 'x' }), true);
    assert.equal((await alive.cvs.getCV(cv.id))?.status, 'completed');
    assert.equal(await alive.claims.claimableCount(), 0);
  });

  it('fails a CV whose worker died on its last allowed attempt instead of handing it out again', async () => {
    const a = await open(60_000);
    const b = await open(60_000);
    const [cv, other] = await a.cvs.insertQueuedCVs([{ filePath: '/cvs/poison.pdf', fileName: 'poison.pdf' }, { filePath: '/cvs/ok.pdf', fileName: 'ok.pdf' }]);
    assert.equal((await a.claims.claimNext(undefined, 2))?.cv.id, cv.id);
    await sql(`UPDATE cvs SET lease_until = now() - interval '1 second' WHERE id = $1`, [cv.id]);
    const retaken = await b.claims.claimNext(undefined, 2);
    assert.equal(retaken?.cv.id, cv.id, 'one death within the cap: claimed again');
    assert.equal(retaken?.attempts, 2);
    await sql(`UPDATE cvs SET lease_until = now() - interval '1 second' WHERE id = $1`, [cv.id]);
    const third = await a.claims.claimNext(undefined, 2);
    assert.equal(third?.abandoned, true);
    assert.equal(third?.cv.id, cv.id);
    const failed = await a.cvs.getCV(cv.id);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.errorMessage, ABANDONED_ERROR);
    assert.equal(failed?.attempts, 2, 'the abandoned CV is not counted as attempted again');
    assert.equal((await a.claims.claimNext(undefined, 2))?.cv.id, other.id, 'the queue goes on');
    assert.equal(await b.claims.complete(cv.id, retaken?.token ?? '', emptyParsedCV()), false, 'a late result of a dead worker writes nothing');
  });

  it('fails such CVs when a worker starts, too', async () => {
    const a = await open(60_000);
    const [cv] = await a.cvs.insertQueuedCVs([{ filePath: '/cvs/poison.pdf', fileName: 'poison.pdf' }]);
    await a.claims.claimNext();
    await sql(`UPDATE cvs SET attempts = 3, lease_until = now() - interval '1 second'`);
    const b = await open(60_000);
    assert.deepEqual(await b.claims.failAbandoned(3, ABANDONED_ERROR), [{ id: cv.id, fileName: 'poison.pdf' }]);
    assert.deepEqual(await b.cvs.countByStatus(), { queued: 0, processing: 0, completed: 0, failed: 1 });
  });

  it('renews the leases of the CVs it is parsing, so a slow CV is not taken over', async () => {
    const worker = await open(600);
    const other = await open(600);
    await worker.cvs.insertQueuedCVs([{ filePath: '/cvs/a.pdf', fileName: 'a.pdf' }]);
    const claim = await worker.claims.claimNext();
    const leaseOf = async () => new Date(String((await sql('SELECT lease_until FROM cvs'))[0].lease_until)).getTime();
    const firstLease = await leaseOf();
    // wait for the heartbeat to have moved the lease (not a fixed sleep: poll for the change)
    while ((await leaseOf()) === firstLease) await new Promise((r) => setTimeout(r, 50));
    assert.ok((await leaseOf()) > firstLease);
    assert.equal(await other.claims.claimNext(), undefined);
    assert.ok(claim);
    assert.equal(await worker.claims.fail(claim.cv.id, claim.token, 'bad'), true);
  });

  it('gives back only its own and expired claims on reset, not another live worker\'s', async () => {
    const a = await open();
    const b = await open();
    await a.cvs.insertQueuedCVs([{ filePath: '/1.pdf', fileName: '1.pdf' }, { filePath: '/2.pdf', fileName: '2.pdf' }]);
    const mine = await a.claims.claimNext();
    const theirs = await b.claims.claimNext();
    assert.equal(await a.cvs.resetProcessingCVs(), 1);
    assert.equal((await a.cvs.getCV(mine?.cv.id ?? ''))?.status, 'queued');
    assert.equal((await a.cvs.getCV(theirs?.cv.id ?? ''))?.status, 'processing');
  });

  it('keeps counts per status and project in step with the CVs', async () => {
    const s = await open();
    const p = await s.projects.create('Backend');
    await s.cvs.insertQueuedCVs(Array.from({ length: 5 }, (_, i) => ({ filePath: `/${i}.pdf`, fileName: `${i}.pdf`, projectId: i < 3 ? p.id : undefined })));
    const c = await s.claims.claimNext();
    await s.claims.fail(c?.cv.id ?? '', c?.token ?? '', 'bad');
    const byScan = await sql(`SELECT coalesce(project_id, '') AS k, status, count(*)::int AS n FROM cvs GROUP BY 1, 2 ORDER BY 1, 2`);
    const byTable = await sql(`SELECT project_key AS k, status, sum(n)::int AS n FROM cv_counts GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`);
    assert.deepEqual(byTable, byScan);
    assert.deepEqual(await s.cvs.countByStatus(p.id), { queued: 2, processing: 0, completed: 0, failed: 1 });
    await s.projects.delete(p.id, { removeCvs: true });
    assert.deepEqual(await s.cvs.countByStatus(), { queued: 2, processing: 0, completed: 0, failed: 0 });
  });

  it('announces changes to every client watching the queue', async () => {
    const watcher = await open();
    const writer = await open();
    const heard: string[] = [];
    const sub = await watcher.watch((what) => heard.push(what));
    await writer.cvs.insertQueuedCV({ filePath: '/a.pdf', fileName: 'a.pdf' });
    await writer.projects.create('Design');
    while (heard.length < 2) await new Promise((r) => setTimeout(r, 20));
    sub.dispose();
    assert.deepEqual(heard, ['cvs', 'projects']);
  });

  it('keeps the counts right when many connections claim and settle at once', async () => {
    const workers = await Promise.all(Array.from({ length: 4 }, () => open()));
    await workers[0].cvs.insertQueuedCVs(Array.from({ length: 40 }, (_, i) => ({ filePath: `/${i}.pdf`, fileName: `${i}.pdf` })));
    await Promise.all(workers.map(async (w, i) => {
      for (let c = await w.claims.claimNext(); c; c = i % 2 ? await w.claims.claimNext() : undefined) {
        if (i % 2) await w.claims.complete(c.cv.id, c.token, emptyParsedCV());
      }
    }));
    const byScan = await sql(`SELECT status, count(*)::int AS n FROM cvs GROUP BY 1 ORDER BY 1`);
    const counts = await workers[0].cvs.countByStatus();
    assert.deepEqual(Object.fromEntries(byScan.map((r) => [r.status, r.n])), Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
    assert.equal(counts.processing, 2, 'the two workers that did not settle hold one claim each');
    assert.equal(counts.completed, 38);
  });

  it('announces a claim to watching clients (the client does, a moment after the claim)', async () => {
    const watcher = await open();
    const worker = await open();
    await worker.cvs.insertQueuedCV({ filePath: '/a.pdf', fileName: 'a.pdf' });
    const heard: string[] = [];
    const sub = await watcher.watch((what) => heard.push(what));
    const claim = await worker.claims.claimNext();
    assert.equal(claim?.cv.status, 'processing');
    while (heard.length < 1) await new Promise((r) => setTimeout(r, 20));
    sub.dispose();
    assert.deepEqual(heard, ['cvs']);
    assert.equal((await watcher.cvs.countByStatus()).processing, 1);
  });

  it('keeps the counts of a queue from schema 7 when it moves to per-connection slots', async () => {
    const pool = new Pool({ connectionString: url, max: 1 });
    try {
      const client = await pool.connect();
      await migratePg(client, 'old', pgMigrations.filter((m) => m.version <= 7));
      await client.query(`INSERT INTO cvs (id, file_path, file_name, created_at, updated_at, status) VALUES
        ('a', '/a.pdf', 'a.pdf', now(), now(), 'queued'), ('b', '/b.pdf', 'b.pdf', now(), now(), 'completed')`);
      client.release();
    } finally {
      await pool.end();
    }
    const s = await open();
    assert.deepEqual(await sql('SELECT version FROM samsara_schema'), [{ version: pgLatestVersion }]);
    assert.deepEqual(await s.cvs.countByStatus(), { queued: 1, processing: 0, completed: 1, failed: 0 });
    const c = await s.claims.claimNext();
    assert.ok(c);
    assert.deepEqual(await s.cvs.countByStatus(), { queued: 0, processing: 1, completed: 1, failed: 0 });
  });
});
