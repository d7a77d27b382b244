import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPgStorage } from '../../../src/core/queue/postgres/pgStorage';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import type { QueueStorage } from '../../../src/core/queue/storage';
import { runCli } from '../helpers/cli';
import { useQueueLocation } from '../helpers/queueBackends';

function writeCvs(dir: string, names: string[]): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of names) fs.writeFileSync(path.join(dir, `${name}.txt`), `${name} Candidate\n${name.toLowerCase()}@example.com\n\nSkills\nTypeScript, PostgreSQL\n`);
  return dir;
}

async function snapshot(storage: QueueStorage) {
  const cvs = await storage.cvs.listAll();
  return Promise.all(cvs.map(async (cv) => ({
    id: cv.id, fileName: cv.fileName, status: cv.status, project: cv.projectName, createdAt: cv.createdAt, by: cv.enqueuedBy,
    email: (await storage.cvs.getParsedCV(cv.id))?.contact.email,
    stored: cv.contentHash ? (await storage.cvs.fileContent(cv.contentHash))?.byteLength : undefined,
  })));
}

async function withStorage<T>(storage: Promise<QueueStorage>, work: (s: QueueStorage) => Promise<T>): Promise<T> {
  const s = await storage;
  try {
    return await work(s);
  } finally {
    await s.close();
  }
}

describe('samsara db copy', function () {
  this.timeout(180_000);
  const pg = useQueueLocation('PostgreSQL');
  const cli = (...args: string[]) => runCli(args);

  it('copies a database file into a team database and back, with results and stored files, and copies nothing new the second time', async () => {
    const file = path.join(pg.dir(), 'first.db');
    const back = path.join(pg.dir(), 'back.db');
    const url = pg.location();
    assert.equal((await cli('--db', file, 'enqueue', '--project', 'Backend', '--queued-by', 'rita', writeCvs(path.join(pg.dir(), 'a'), ['Ada', 'Bob']))).code, 0);
    assert.equal((await cli('--db', file, 'enqueue', writeCvs(path.join(pg.dir(), 'b'), ['Cyd']))).code, 0);
    assert.equal((await cli('--db', file, 'process')).code, 0);
    // a CV queued straight into the team database, with its bytes stored there
    assert.equal((await cli('--db', url, 'enqueue', '--project', 'Backend', writeCvs(path.join(pg.dir(), 'c'), ['Dee']))).code, 0);

    const first = await cli('db', 'copy', '--from', file, '--to', url);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Copied 3 CVs, 0 new projects and 0 stored files\./);
    const again = await cli('db', 'copy', '--from', file, '--to', url);
    assert.match(again.stdout, /Copied 0 CVs, 0 new projects and 0 stored files\./);

    const inTeam = await withStorage(openPgStorage(url), snapshot);
    const fromFile = await withStorage(openSqlJsStorage(file, { readOnly: true }), snapshot);
    for (const cv of fromFile) assert.deepEqual(inTeam.find((t) => t.id === cv.id), cv);
    assert.equal(inTeam.length, 4);
    assert.equal(new Set(inTeam.filter((cv) => cv.project === 'Backend').map((cv) => cv.fileName)).size, 3, 'one project Backend, matched by name');
    assert.equal(inTeam.find((cv) => cv.fileName === 'Ada.txt')?.by, 'rita');
    assert.equal(inTeam.find((cv) => cv.fileName === 'Ada.txt')?.email, 'ada@example.com');

    const home = await cli('db', 'copy', '--from', url, '--to', back);
    assert.match(home.stdout, /Copied 4 CVs, 1 new project and 1 stored file\./);
    assert.match((await cli('db', 'copy', '--from', url, '--to', back)).stdout, /Copied 0 CVs, 0 new projects and 0 stored files\./);
    const backHome = await withStorage(openSqlJsStorage(back, { readOnly: true }), snapshot);
    assert.deepEqual(backHome.sort((a, b) => a.id.localeCompare(b.id)), inTeam.sort((a, b) => a.id.localeCompare(b.id)));
    assert.ok(backHome.find((cv) => cv.fileName === 'Dee.txt')?.stored, 'the stored bytes came along');
  });

  it('keeps when each project was created, each CV added and changed, and each file stored, both ways', async () => {
    const file = path.join(pg.dir(), 'dated.db');
    const back = path.join(pg.dir(), 'dated-back.db');
    const url = pg.location();
    const content = new TextEncoder().encode('Old Candidate\nold@example.com\n');
    const hash = 'a'.repeat(64);
    const projectCreated = '2020-01-02T03:04:05.678Z';
    const fileStored = '2021-02-03T04:05:06.789Z';
    const cvId = await withStorage(openSqlJsStorage(file), async (s) => {
      const project = await s.projects.create('Archive', projectCreated);
      await s.cvs.storeFileContents([{ contentHash: hash, content, storedAt: fileStored }]);
      return (await s.cvs.insertQueuedCV({ filePath: '/elsewhere/old.txt', fileName: 'old.txt', projectId: project.id, contentHash: hash })).id;
    });
    const dates = (s: QueueStorage) => Promise.all([
      s.projects.findByName('Archive').then((p) => p?.createdAt),
      s.cvs.storedFile(hash).then((f) => [f?.storedAt, f?.content.byteLength]),
      s.cvs.getCV(cvId).then((cv) => [cv?.createdAt, cv?.updatedAt]),
    ]);
    const source = await withStorage(openSqlJsStorage(file, { readOnly: true }), dates);
    assert.deepEqual(source.slice(0, 2), [projectCreated, [fileStored, content.byteLength]]);

    assert.equal((await cli('db', 'copy', '--from', file, '--to', url)).code, 0);
    assert.deepEqual(await withStorage(openPgStorage(url), dates), source, 'file to team database');
    assert.equal((await cli('db', 'copy', '--from', url, '--to', back)).code, 0);
    assert.deepEqual(await withStorage(openSqlJsStorage(back, { readOnly: true }), dates), source, 'team database to file');
  });
});
