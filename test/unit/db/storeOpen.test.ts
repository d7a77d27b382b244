import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { APPLICATION_ID } from '../../../src/core/db/databaseFile';
import { DatabaseError, type DatabaseErrorCode } from '../../../src/core/db/errors';
import { migrations, runMigrations, userVersion } from '../../../src/core/db/migrations';
import { all } from '../../../src/core/db/sql';
import { loadSqlite } from '../../../src/core/db/sqlite';
import { Store, moveAside } from '../../../src/core/db/store';
import { silentLogger } from '../../../src/core/logger';
import { SqlJsCvRepository } from '../../../src/core/queue/sqljs/cvRepository';
import { mountSmallDisk } from '../helpers/smallDisk';
import { useTmpDir } from '../helpers/tmp';

function refusedWith(code: DatabaseErrorCode, file: string, pattern: RegExp): (err: unknown) => boolean {
  return (err) => err instanceof DatabaseError && err.code === code && err.message.includes(file) && pattern.test(err.message);
}

/** Writes a database made by plain sql.js, as another program (or an older version of ours) would. */
async function writeRawDatabase(file: string, build: (db: import('sql.js').Database) => void): Promise<Buffer> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  build(db);
  const bytes = Buffer.from(db.export());
  db.close();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return bytes;
}

describe('Store: which files it opens, and how', () => {
  const tmp = useTmpDir();
  const dbFile = () => path.join(tmp(), 'q', 'samsara.db');
  const headerAppId = (file: string) => fs.readFileSync(file).readUInt32BE(68);

  it('marks its databases with its application id: new ones at once, older ones of ours on open', async () => {
    await (await Store.open(dbFile())).close();
    assert.equal(headerAppId(dbFile()), APPLICATION_ID);

    const older = path.join(tmp(), 'older.db');
    await writeRawDatabase(older, (db) => runMigrations(db, silentLogger, migrations));
    assert.equal(headerAppId(older), 0);
    await (await Store.open(older)).close();
    assert.equal(headerAppId(older), APPLICATION_ID);
  });

  it("refuses another program's SQLite file and leaves it byte-identical", async () => {
    const other = path.join(tmp(), 'other.db');
    const bytes = await writeRawDatabase(other, (db) => db.run('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO users VALUES (1, \'a@b.c\')'));
    await assert.rejects(Store.open(other), refusedWith('FOREIGN_DATABASE', other, /another program's SQLite database \(its tables: users\)/));
    await assert.rejects(Store.open(other, { readOnly: true }), refusedWith('FOREIGN_DATABASE', other, /left untouched/));
    assert.ok(bytes.equals(fs.readFileSync(other)));
    assert.deepEqual(fs.readdirSync(tmp()), ['other.db'], 'no lock or temporary file is left');

    // Our table names do not make a file ours when it carries another program's id.
    const tagged = path.join(tmp(), 'tagged.db');
    const taggedBytes = await writeRawDatabase(tagged, (db) => db.run('PRAGMA application_id = 1196444487; CREATE TABLE cvs (id TEXT)'));
    await assert.rejects(Store.open(tagged), refusedWith('FOREIGN_DATABASE', tagged, /not a Samsara CV Queue database/));
    assert.ok(taggedBytes.equals(fs.readFileSync(tagged)));
  });

  it('refuses a damaged database (quick_check) untouched, as one to move aside', async () => {
    const store = await Store.open(dbFile());
    const cvs = new SqlJsCvRepository(store);
    await cvs.insertQueuedCVs(Array.from({ length: 400 }, (_, i) => ({ filePath: `/cvs/${i}-${'x'.repeat(200)}.pdf`, fileName: `${i}.pdf` })));
    await store.close();
    const bytes = fs.readFileSync(dbFile());
    const pageSize = bytes.readUInt16BE(16);
    assert.ok(bytes.length / pageSize > 21);
    bytes.fill(0xab, 20 * pageSize, 21 * pageSize); // page 21, as in the report
    fs.writeFileSync(dbFile(), bytes);
    await assert.rejects(Store.open(dbFile()), refusedWith('NOT_A_DATABASE', dbFile(), /is damaged .*move it aside/));
    assert.ok(bytes.equals(fs.readFileSync(dbFile())));
    const aside = await moveAside(dbFile());
    assert.ok(bytes.equals(fs.readFileSync(aside)));
  });

  it('opens read-only without a lock, without writing, beside a writer, and upgrades old schemas in memory only', async () => {
    const v1 = await writeRawDatabase(dbFile(), (db) => runMigrations(db, silentLogger, migrations.slice(0, 1)));
    const mtime = fs.statSync(dbFile()).mtimeMs;
    const reader = await Store.open(dbFile(), { readOnly: true });
    assert.ok(reader.readOnly);
    assert.equal((await new SqlJsCvRepository(reader).countByStatus()).queued, 0);
    assert.deepEqual(fs.readdirSync(path.dirname(dbFile())), ['samsara.db']);
    reader.db.run(`INSERT INTO projects (id, name, created_at) VALUES ('p', 'P', 'now')`);
    reader.markDirty();
    await assert.rejects(reader.flush(), /opened read-only/);
    await reader.close();
    assert.ok(v1.equals(fs.readFileSync(dbFile())));
    assert.equal(fs.statSync(dbFile()).mtimeMs, mtime);

    const writer = await Store.open(dbFile());
    const beside = await Store.open(dbFile(), { readOnly: true });
    assert.equal(userVersion(beside.db), userVersion(writer.db));
    await beside.close();
    await writer.close();
  });

  it('says the queue does not exist, creating nothing, when it must exist or is opened read-only', async () => {
    const missing = path.join(tmp(), 'nope', 'a', 'b', 'q.db');
    for (const options of [{ mustExist: true }, { readOnly: true }]) {
      await assert.rejects(Store.open(missing, options), refusedWith('MISSING', missing, /no CV queue at/));
    }
    assert.deepEqual(fs.readdirSync(tmp()), []);
  });

  it('names the path when given a folder or a FIFO instead of a database file', async () => {
    fs.mkdirSync(dbFile(), { recursive: true });
    for (const options of [{}, { readOnly: true }]) {
      await assert.rejects(Store.open(dbFile(), options), refusedWith('NOT_A_FILE', dbFile(), /is a folder/));
    }
    if (process.platform === 'win32') return;
    const fifo = path.join(tmp(), 'fifo.db');
    execFileSync('mkfifo', [fifo]);
    await assert.rejects(Store.open(fifo), refusedWith('NOT_A_FILE', fifo, /not a regular file/));
  });

  it('reads a queue in a read-only folder', async function () {
    const disk = mountSmallDisk(this, tmp(), '4m');
    try {
      const file = path.join(disk.path, 'q.db');
      const store = await Store.open(file);
      await new SqlJsCvRepository(store).insertQueuedCVs([{ filePath: '/cvs/a.pdf', fileName: 'a.pdf' }]);
      await store.close();
      disk.remount('ro');
      await assert.rejects(Store.open(file), refusedWith('NOT_WRITABLE', `${file}.lock`, /not writable .*read-only/));
      const reader = await Store.open(file, { readOnly: true });
      assert.equal(all(reader.db, 'SELECT file_name FROM cvs')[0].file_name, 'a.pdf');
      await reader.close();
    } finally {
      disk.unmount();
    }
  });
});
