import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SaveError } from '../../../src/core/db/atomicWrite';
import { runMigrations } from '../../../src/core/db/migrations';
import { loadSqlite } from '../../../src/core/db/sqlite';
import { Store, moveAside } from '../../../src/core/db/store';
import { silentLogger } from '../../../src/core/logger';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { SqlJsCvRepository } from '../../../src/core/queue/sqljs/cvRepository';
import { mountSmallDisk } from '../helpers/smallDisk';
import { useTmpDir } from '../helpers/tmp';

const posix = process.platform !== 'win32';
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('Store: candidates’ data in the database file', () => {
  const tmp = useTmpDir();
  const dbFile = () => path.join(tmp(), 'q', 'samsara.db');

  it('leaves no trace of a removed CV in the file’s bytes (secure_delete)', async () => {
    const name = 'Sascha Boruschewski';
    const email = 'sascha.boruschewski@example.org';
    const store = await Store.open(dbFile());
    const cvs = new SqlJsCvRepository(store);
    const [keep, gone] = await cvs.insertQueuedCVs([
      { filePath: '/cvs/keep.pdf', fileName: 'keep.pdf' },
      { filePath: '/cvs/cv.pdf', fileName: 'cv.pdf' },
    ]);
    await cvs.completeCVProcessing(keep.id, { ...emptyParsedCV(), contact: { name: 'Someone Else' }, raw_text: 'Someone Else' });
    await cvs.completeCVProcessing(gone.id, {
      ...emptyParsedCV(),
      contact: { name, email, phone: '+49 170 1234567' },
      summary: `${name} builds payment systems.`,
      raw_text: `${name}\n${email}\n+49 170 1234567\nBerlin`,
    });
    await store.flush();
    const before = fs.readFileSync(dbFile());
    assert.ok(before.includes(name) && before.includes(email), 'the test data reached the file');

    assert.equal(await cvs.remove([gone.id]), 1);
    await store.close();
    const after = fs.readFileSync(dbFile());
    assert.ok(after.includes('Someone Else'), 'the other CV is still there');
    for (const needle of [name, email, 'Boruschewski', '1234567']) assert.ok(!after.includes(needle), `${needle} is gone from the file`);
  });

  it('clears rows deleted before secure deletion once, when a database of an older version is first opened', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    runMigrations(db, silentLogger);
    const insert = `INSERT INTO cvs (id, file_path, file_name, created_at, updated_at, contact_json, raw_text) VALUES (?, ?, ?, 'now', 'now', ?, ?)`;
    db.run(insert, ['keep', '/cvs/keep.pdf', 'keep.pdf', '{"name":"Someone Else"}', 'Someone Else']);
    for (let i = 0; i < 20; i++) db.run(insert, [`gone${i}`, `/cvs/${i}.pdf`, `${i}.pdf`, '{"email":"maria.ortega@example.org"}', `Maria Ortega ${'x'.repeat(400)}`]);
    db.run(`DELETE FROM cvs WHERE id LIKE 'gone%'`);
    fs.mkdirSync(path.dirname(dbFile()), { recursive: true });
    fs.writeFileSync(dbFile(), db.export());
    db.close();
    assert.ok(fs.readFileSync(dbFile()).includes('maria.ortega@example.org'), 'sql.js without secure_delete leaves deleted rows behind');

    const store = await Store.open(dbFile());
    assert.equal((await new SqlJsCvRepository(store).listAll()).length, 1);
    await store.close();
    const after = fs.readFileSync(dbFile());
    assert.ok(!after.includes('maria.ortega@example.org') && !after.includes('Maria Ortega'));
    assert.ok(after.includes('Someone Else'));
  });

  it('removes temporary files a crash left, and lock take-over leftovers once they are a minute old', async () => {
    await (await Store.open(dbFile())).close();
    const dir = path.dirname(dbFile());
    const old = new Date(Date.now() - 120_000);
    for (const name of ['samsara.db.4242.1a2b.tmp', 'samsara.db.lock.takeover-0123456789abcdef', 'samsara.db.lock.9f8e7d.new', 'samsara.db.lock.fresh.new', 'other.tmp']) {
      fs.writeFileSync(path.join(dir, name), 'Maria Ortega');
      if (name !== 'samsara.db.lock.fresh.new') fs.utimesSync(path.join(dir, name), old, old);
    }
    await (await Store.open(dbFile())).close();
    assert.deepEqual(fs.readdirSync(dir).sort(), ['other.tmp', 'samsara.db', 'samsara.db.lock.fresh.new']);
  });

  it('creates the database, its lock and its folder private to the owner', async function () {
    if (!posix) this.skip();
    const store = await Store.open(dbFile());
    assert.equal(mode(path.dirname(dbFile())), 0o700);
    assert.equal(mode(dbFile()), 0o600);
    assert.equal(mode(`${dbFile()}.lock`), 0o600);
    await new SqlJsCvRepository(store).insertQueuedCVs([{ filePath: '/cvs/a.pdf', fileName: 'a.pdf' }]);
    await store.flush();
    assert.equal(mode(dbFile()), 0o600, 'a save (temporary file renamed into place) keeps it private');
    await store.close();

    const aside = await moveAside(dbFile());
    assert.equal(mode(aside), 0o600);
  });

  it('tightens an existing database readable by others, and says so', async function () {
    if (!posix) this.skip();
    await (await Store.open(dbFile())).close();
    fs.chmodSync(dbFile(), 0o644);
    const logs: string[] = [];
    const store = await Store.open(dbFile(), { logger: { ...silentLogger, info: (m) => logs.push(m) } });
    await store.close();
    assert.equal(mode(dbFile()), 0o600);
    assert.ok(logs.some((l) => l.includes(dbFile()) && /mode 644 → 600/.test(l)), logs.join('\n'));

    fs.chmodSync(dbFile(), 0o644);
    await (await Store.open(dbFile(), { readOnly: true })).close();
    assert.equal(mode(dbFile()), 0o644, 'a read-only open changes nothing');
  });

  it('reports a save on a full disk with the path, removes its temporary file and keeps the last save', async function () {
    const disk = mountSmallDisk(this, tmp(), '1m');
    const mountPoint = disk.path;
    try {
      const file = path.join(mountPoint, 'q.db');
      const store = await Store.open(file);
      const cvs = new SqlJsCvRepository(store);
      await cvs.insertQueuedCVs([{ filePath: '/cvs/first.pdf', fileName: 'first.pdf' }]);
      await store.flush();
      await cvs.insertQueuedCVs(Array.from({ length: 3000 }, (_, i) => ({ filePath: `/cvs/${i}-${'x'.repeat(300)}.pdf`, fileName: `${i}.pdf` })));
      const isFull = (err: unknown) => err instanceof SaveError && err.code === 'ENOSPC' && err.message.includes(file) && /Free at least \d+ MB of disk space/.test(err.message);
      await assert.rejects(store.flush(), isFull);
      assert.deepEqual(fs.readdirSync(mountPoint).sort(), ['q.db', 'q.db.lock'], 'no temporary file is left');
      await assert.rejects(store.close(), isFull);
      assert.deepEqual(fs.readdirSync(mountPoint), ['q.db'], 'the lock is released');

      const reopened = await Store.open(file, { readOnly: true });
      assert.deepEqual((await new SqlJsCvRepository(reopened).listAll()).map((c) => c.fileName), ['first.pdf']);
      await reopened.close();
    } finally {
      disk.unmount();
    }
  });
});
