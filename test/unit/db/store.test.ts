import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../../src/core/db/errors';
import { latestVersion, migrations, runMigrations, userVersion } from '../../../src/core/db/migrations';
import { loadSqlite } from '../../../src/core/db/sqlite';
import { all } from '../../../src/core/db/sql';
import { Store, moveAside } from '../../../src/core/db/store';
import { silentLogger } from '../../../src/core/logger';
import { useTmpDir } from '../helpers/tmp';

describe('Store', () => {
  const tmp = useTmpDir();
  const dbFile = () => path.join(tmp(), 'nested', 'samsara.db');

  it('creates a fresh database at the latest version, on disk at once', async () => {
    const store = await Store.open(dbFile());
    assert.equal(userVersion(store.db), latestVersion);
    await store.close();
    const reopened = await Store.open(dbFile());
    const columns = all(reopened.db, 'PRAGMA table_info(cvs)').map((r) => r.name);
    for (const c of ['status', 'error_message', 'processing_started_at', 'summary']) assert.ok(columns.includes(c), c);
    await reopened.close();
  });

  it('migrates a version-1 database and keeps its CVs completed', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    runMigrations(db, silentLogger, migrations.slice(0, 1));
    assert.equal(userVersion(db), 1);
    db.run(`INSERT INTO cvs (id, file_path, file_name, created_at, updated_at, raw_text) VALUES ('a', '/x/a.pdf', 'a.pdf', '2024-01-01', '2024-01-01', 'text')`);
    fs.mkdirSync(path.dirname(dbFile()), { recursive: true });
    fs.writeFileSync(dbFile(), db.export());
    db.close();

    const logs: string[] = [];
    const store = await Store.open(dbFile(), { logger: { ...silentLogger, info: (m) => logs.push(m) } });
    assert.ok(logs.includes('Database migrated to version 2'));
    const rows = all(store.db, 'SELECT id, status, raw_text FROM cvs');
    assert.deepEqual(rows, [{ id: 'a', status: 'completed', raw_text: 'text' }]);
    const indexes = all(store.db, `SELECT name FROM sqlite_master WHERE type = 'index'`).map((r) => r.name);
    assert.ok(indexes.includes('idx_cvs_status_created'));
    await store.close();
  });

  it('migrates a version-4 database to the latest version, keeping its results', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    runMigrations(db, silentLogger, migrations.filter((m) => m.version <= 4));
    db.run(`INSERT INTO cvs (id, file_path, file_name, created_at, updated_at, contact_json) VALUES ('a', '/x/a.pdf', 'a.pdf', '2024-01-01', '2024-01-01', '{"name":"Ann"}')`);
    assert.equal(runMigrations(db, silentLogger), migrations.filter((m) => m.version > 4).length);
    assert.equal(userVersion(db), latestVersion);
    assert.deepEqual(all(db, 'SELECT contact_json, corrections_json, reviewed_at FROM cvs'), [{ contact_json: '{"name":"Ann"}', corrections_json: null, reviewed_at: null }]);
    db.close();
  });

  it('runs migrations only once: a second run and a reopen change nothing', async () => {
    const store = await Store.open(dbFile());
    assert.equal(runMigrations(store.db, silentLogger), 0);
    await store.close();
    const before = fs.readFileSync(dbFile());
    const mtime = fs.statSync(dbFile()).mtimeMs;
    const again = await Store.open(dbFile());
    await again.close();
    assert.ok(before.equals(fs.readFileSync(dbFile())));
    assert.equal(fs.statSync(dbFile()).mtimeMs, mtime);
  });

  it('refuses a database from a newer version and leaves it byte-for-byte untouched', async () => {
    const store = await Store.open(dbFile());
    store.db.run(`PRAGMA user_version = ${latestVersion + 5}`);
    store.markDirty();
    await store.close();
    const before = fs.readFileSync(dbFile());
    await assert.rejects(Store.open(dbFile()), (err: unknown) => {
      assert.ok(err instanceof DatabaseError && err.code === 'NEWER_VERSION');
      assert.match(err.message, /created by a newer version of Samsara CV Queue/);
      return true;
    });
    assert.ok(before.equals(fs.readFileSync(dbFile())));
    assert.ok(!fs.existsSync(`${dbFile()}.lock`), 'the lock is released after a refusal');
  });

  it('refuses a file that is not a SQLite database, leaves it untouched, and can move it aside', async () => {
    fs.mkdirSync(path.dirname(dbFile()), { recursive: true });
    const junk = Buffer.from('%PDF-1.7 this is not a database '.repeat(50));
    fs.writeFileSync(dbFile(), junk);
    await assert.rejects(Store.open(dbFile()), (err: unknown) => err instanceof DatabaseError && err.code === 'NOT_A_DATABASE' && /not a Samsara CV Queue database/.test(err.message));
    assert.ok(junk.equals(fs.readFileSync(dbFile())));
    const aside = await moveAside(dbFile());
    assert.ok(junk.equals(fs.readFileSync(aside)));
    const fresh = await Store.open(dbFile());
    assert.equal(userVersion(fresh.db), latestVersion);
    await fresh.close();
  });

  it('refuses a SQLite header over damaged pages without touching the file', async () => {
    const store = await Store.open(dbFile());
    await store.close();
    const bytes = fs.readFileSync(dbFile());
    bytes.fill(0xab, 100);
    fs.writeFileSync(dbFile(), bytes);
    await assert.rejects(Store.open(dbFile()), (err: unknown) => err instanceof DatabaseError && err.code === 'NOT_A_DATABASE');
    assert.ok(bytes.equals(fs.readFileSync(dbFile())));
  });

  it('coalesces saves and flush() puts every change on disk', async () => {
    const store = await Store.open(dbFile(), { saveDelayMs: 10_000 });
    const savesBefore = store.saveCount;
    for (let i = 0; i < 100; i++) {
      store.db.run(`INSERT INTO projects (id, name, created_at) VALUES (?, ?, 'now')`, [`p${i}`, `P ${i}`]);
      store.markDirty();
    }
    await store.flush();
    assert.equal(store.saveCount - savesBefore, 1);
    const SQL = await loadSqlite();
    const onDisk = new SQL.Database(fs.readFileSync(dbFile()));
    assert.equal(all(onDisk, 'SELECT COUNT(*) AS n FROM projects')[0].n, 100);
    onDisk.close();
    await store.close();
  });

  it('lets one process write at a time and takes over the lock of a dead one', async () => {
    const first = await Store.open(dbFile());
    await assert.rejects(Store.open(dbFile()), (err: unknown) => err instanceof DatabaseError && err.code === 'LOCKED' && /in use by another process/.test(err.message));
    await first.close();

    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid ?? -1)));
    fs.writeFileSync(`${dbFile()}.lock`, String(deadPid));
    const second = await Store.open(dbFile());
    assert.equal(fs.readFileSync(`${dbFile()}.lock`, 'utf8').split('\n')[0], String(process.pid));
    await second.close();
    assert.ok(!fs.existsSync(`${dbFile()}.lock`));
  });
});
