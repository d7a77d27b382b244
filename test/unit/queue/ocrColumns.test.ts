import assert from 'node:assert/strict';
import path from 'node:path';
import { Pool } from 'pg';
import { copyQueue } from '../../../src/core/app/copyQueue';
import { migrations, runMigrations, userVersion } from '../../../src/core/db/migrations';
import { all } from '../../../src/core/db/sql';
import { loadSqlite } from '../../../src/core/db/sqlite';
import { silentLogger } from '../../../src/core/logger';
import { type ParsedCV, emptyParsedCV } from '../../../src/core/parsedCv';
import { migratePg, pgMigrations } from '../../../src/core/queue/postgres/pgMigrations';
import { openPgStorage } from '../../../src/core/queue/postgres/pgStorage';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import type { QueueStorage } from '../../../src/core/queue/storage';
import { STORAGE_BACKENDS, describeEachBackend, requirePostgres, useQueueStorage } from '../helpers/queueBackends';
import { createTestDatabase } from '../helpers/postgresServer';
import { useTmpDir } from '../helpers/tmp';

const scanned = (): ParsedCV => ({ ...emptyParsedCV(), contact: { name: 'Ann Example' }, ocr: { pages: 2, mean_confidence: 0.83, languages: ['eng', 'deu'] } });

/** Queues a CV, claims it and completes it with `cv`, as the worker does. */
async function completeOne(storage: QueueStorage, name: string, cv: ParsedCV): Promise<string> {
  const added = await storage.cvs.insertQueuedCV({ filePath: `/cvs/${name}`, fileName: name });
  const claim = await storage.claims.claimNext();
  assert.equal(claim?.cv.id, added.id);
  assert.ok(await storage.claims.complete(added.id, claim.token, cv));
  return added.id;
}

// Later versions may follow: this is the step from 9 to 10 alone.
const upTo10 = migrations.filter((m) => m.version <= 10);

describe('schema 10: whether a CV was read by OCR', () => {
  it('migrates an embedded store at schema 9, keeping its rows and leaving their OCR columns empty', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    runMigrations(db, silentLogger, migrations.filter((m) => m.version <= 9));
    assert.equal(userVersion(db), 9);
    db.run(`INSERT INTO cvs (id, file_path, file_name, created_at, updated_at, contact_json, status) VALUES ('a', '/x/a.pdf', 'a.pdf', '2024-01-01', '2024-01-01', '{"name":"Ann"}', 'completed')`);
    assert.equal(runMigrations(db, silentLogger, upTo10), 1);
    assert.equal(userVersion(db), 10);
    assert.deepEqual(all(db, 'SELECT id, contact_json, status, ocr_pages, ocr_confidence, ocr_languages_json FROM cvs'), [
      { id: 'a', contact_json: '{"name":"Ann"}', status: 'completed', ocr_pages: null, ocr_confidence: null, ocr_languages_json: null },
    ]);
    db.close();
  });

  describe('on PostgreSQL', function () {
    this.timeout(60_000);
    requirePostgres();
    let url = '';
    let drop: () => Promise<void> = async () => undefined;
    const tmp = useTmpDir();
    beforeEach(async () => ({ url, drop } = await createTestDatabase()));
    afterEach(async () => drop());

    it('migrates a database at schema 9, keeping its rows and leaving their OCR columns empty', async () => {
      const pool = new Pool({ connectionString: url, max: 1 });
      try {
        const client = await pool.connect();
        await migratePg(client, 'old', pgMigrations.filter((m) => m.version <= 9));
        await client.query(`INSERT INTO cvs (id, file_path, file_name, created_at, updated_at, status) VALUES ('a', '/a.pdf', 'a.pdf', now(), now(), 'completed')`);
        assert.equal(await migratePg(client, 'old', pgMigrations.filter((m) => m.version <= 10)), 1);
        const rows = (await client.query('SELECT id, status, ocr_pages, ocr_confidence, ocr_languages_json FROM cvs')).rows;
        assert.deepEqual(rows, [{ id: 'a', status: 'completed', ocr_pages: null, ocr_confidence: null, ocr_languages_json: null }]);
        assert.deepEqual((await client.query('SELECT version FROM samsara_schema')).rows, [{ version: 10 }]);
        client.release();
      } finally {
        await pool.end();
      }
    });

    it('db copy carries a CV\'s OCR figures from a database file into PostgreSQL', async () => {
      const from = await openSqlJsStorage(path.join(tmp(), 'samsara.db'));
      const to = await openPgStorage(url);
      try {
        const id = await completeOne(from, 'scan.pdf', scanned());
        assert.equal((await copyQueue(from, to)).cvs, 1);
        const copied = await to.cvs.getCV(id);
        assert.equal(copied?.ocrPages, 2);
        assert.equal(copied?.ocrConfidence, 0.83);
        assert.deepEqual((await to.cvs.getParsedCV(id))?.ocr, scanned().ocr);
      } finally {
        await from.close();
        await to.close();
      }
    });
  });
});

describeEachBackend('complete() stores whether a CV was read by OCR', (backend) => {
  const q = useQueueStorage(backend);

  it('lists a CV read by OCR with its pages and confidence, and keeps the result\'s ocr field', async () => {
    const id = await completeOne(q.storage, 'scan.pdf', scanned());
    await q.reopen();
    const [listed] = await q.cvs.listByStatus('completed');
    assert.equal(listed.id, id);
    assert.equal(listed.ocrPages, 2);
    assert.equal(listed.ocrConfidence, 0.83);
    assert.deepEqual((await q.cvs.getParsedCV(id))?.ocr, { pages: 2, mean_confidence: 0.83, languages: ['eng', 'deu'] });
  });

  it('leaves them empty for a CV with a text layer, also when it is parsed again without OCR', async () => {
    const id = await completeOne(q.storage, 'scan.pdf', scanned());
    assert.equal(await q.cvs.processAgain([id]), 1);
    const claim = await q.claims.claimNext();
    assert.ok(claim && (await q.claims.complete(id, claim.token, { ...emptyParsedCV(), contact: { name: 'Ann Example' } })));
    const cv = await q.cvs.getCV(id);
    assert.equal(cv?.status, 'completed');
    assert.equal(cv?.ocrPages, undefined);
    assert.equal(cv?.ocrConfidence, undefined);
    assert.equal((await q.cvs.getParsedCV(id))?.ocr, undefined);
  });
}, undefined, STORAGE_BACKENDS);
