import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { enqueuePaths } from '../../../src/core/queue/enqueue';
import { ParsePool } from '../../../src/core/queue/parsePool';
import { QueueWorker } from '../../../src/core/queue/worker';
import { describeEachBackend, useQueueStorage } from '../helpers/queueBackends';
import { repoRoot } from '../helpers/tmp';

const THREAD = () => path.join(repoRoot(), 'out/test/unit/helpers/threads/scriptedThread.js');
const MB = 2 ** 20;

describeEachBackend('stored CV files', (backend) => {
  let worker: QueueWorker | undefined;
  const q = useQueueStorage(backend, async () => {
    await worker?.stop(0);
    worker = undefined;
  });

  function write(name: string, text: string | Buffer): string {
    const file = path.join(q.dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  async function storedCount(): Promise<number> {
    const hashes = (await q.cvs.listAll()).map((cv) => cv.contentHash ?? '');
    return hashes.length - (await q.cvs.missingFileContents(hashes)).length;
  }

  it('keeps the bytes once per content, with who queued each CV', async () => {
    write('a.txt', 'Ada Lovelace');
    write('b.txt', 'Bob Bobbins');
    const copy = path.join(q.dir, 'copy');
    fs.mkdirSync(copy);
    fs.writeFileSync(path.join(copy, 'a-again.txt'), 'Ada Lovelace');
    const result = await enqueuePaths(q.storage, [q.dir], { force: true, maxStoredBytes: MB, enqueuedBy: 'rita' });
    assert.equal(result.queued.length, 3);
    const [a] = result.queued.filter((cv) => cv.fileName === 'a.txt');
    assert.deepEqual(await q.cvs.missingFileContents(result.queued.map((cv) => cv.contentHash ?? '')), []);
    assert.equal(Buffer.from((await q.cvs.fileContent(a.contentHash ?? '')) ?? []).toString(), 'Ada Lovelace');
    assert.equal(await q.cvs.storeFileContents([{ contentHash: a.contentHash ?? '', content: Buffer.from('Ada Lovelace') }]), 0);
    await q.reopen();
    assert.equal((await q.cvs.getCV(a.id))?.enqueuedBy, 'rita');
  });

  it('keeps only the path of a file above the size cap, and says so', async () => {
    const big = write('big.txt', Buffer.alloc(3000, 'x'));
    write('small.txt', 'Sam Small');
    const result = await enqueuePaths(q.storage, [q.dir], { maxStoredBytes: 2000 });
    assert.deepEqual(result.notStored, [big]);
    assert.equal(result.queued.length, 2);
    assert.equal(await storedCount(), 1);
  });

  it('stores nothing without a size cap (the embedded default)', async () => {
    write('a.txt', 'Ada Lovelace');
    const result = await enqueuePaths(q.storage, [q.dir]);
    assert.equal(await q.cvs.fileContent(result.queued[0].contentHash ?? ''), undefined);
  });

  it('deletes stored bytes with the last CV that refers to them, whichever way it goes', async () => {
    write('a.txt', 'Ada Lovelace');
    const dup = path.join(q.dir, 'dup');
    fs.mkdirSync(dup);
    fs.writeFileSync(path.join(dup, 'a2.txt'), 'Ada Lovelace');
    write('b.txt', 'Bob Bobbins');
    const project = await q.projects.create('Backend');
    const c = path.join(q.dir, 'c.txt');
    const [first, second, bob] = (await enqueuePaths(q.storage, [path.join(q.dir, 'a.txt'), path.join(dup, 'a2.txt'), path.join(q.dir, 'b.txt')], { force: true, maxStoredBytes: MB })).queued;
    fs.writeFileSync(c, 'Cyd Project');
    await enqueuePaths(q.storage, [c], { projectId: project.id, maxStoredBytes: MB });
    assert.equal(await storedCount(), 4);

    await q.cvs.remove([first.id]);
    assert.ok(await q.cvs.fileContent(second.contentHash ?? ''), 'another CV still refers to the bytes');
    await q.cvs.remove([second.id]);
    assert.equal(await q.cvs.fileContent(second.contentHash ?? ''), undefined);

    await q.exec(`UPDATE cvs SET status = 'completed' WHERE id = ?`, [bob.id]);
    await q.cvs.removeByStatus('completed');
    assert.equal(await q.cvs.fileContent(bob.contentHash ?? ''), undefined);

    const [cyd] = await q.cvs.listAll();
    await q.projects.delete(project.id, { removeCvs: true });
    assert.equal(await q.cvs.fileContent(cyd.contentHash ?? ''), undefined);
  });

  it('parses from the stored bytes when the file is no longer at its path', async () => {
    const file = write('gone.txt', 'Gina Gone');
    const [cv] = (await enqueuePaths(q.storage, [file], { maxStoredBytes: MB })).queued;
    fs.rmSync(file);
    worker = new QueueWorker({ storage: q.storage, runner: new ParsePool({ threadScript: THREAD(), size: 1 }) }, { concurrency: 1, timeoutMs: 60_000, maxAttempts: 1 });
    void worker.start();
    await worker.whenDrained();
    assert.equal((await q.cvs.getCV(cv.id))?.status, 'completed');
    assert.equal((await q.cvs.getParsedCV(cv.id))?.contact.name, 'Gina Gone');
  });

  if (backend === 'PostgreSQL') {
    it('parses the stored bytes when the path on this machine holds a different file', async () => {
      const file = write('same-name.txt', 'Queued Quinn');
      const [cv] = (await enqueuePaths(q.storage, [file], { maxStoredBytes: MB })).queued;
      fs.writeFileSync(file, 'Someone Else');
      worker = new QueueWorker({ storage: q.storage, runner: new ParsePool({ threadScript: THREAD(), size: 1 }) }, { concurrency: 1, timeoutMs: 60_000, maxAttempts: 1 });
      void worker.start();
      await worker.whenDrained();
      assert.equal((await q.cvs.getParsedCV(cv.id))?.contact.name, 'Queued Quinn');
    });

    it('parses the different file, and keeps its hash, when the queue stored no bytes for the CV', async () => {
      const file = write('unstored.txt', 'Queued Una');
      const [cv] = (await enqueuePaths(q.storage, [file], { maxStoredBytes: 0 })).queued;
      fs.writeFileSync(file, 'Replaced Rita');
      worker = new QueueWorker({ storage: q.storage, runner: new ParsePool({ threadScript: THREAD(), size: 1 }) }, { concurrency: 1, timeoutMs: 60_000, maxAttempts: 1 });
      void worker.start();
      await worker.whenDrained();
      assert.equal((await q.cvs.getParsedCV(cv.id))?.contact.name, 'Replaced Rita');
      const done = await q.cvs.getCV(cv.id);
      assert.notEqual(done?.contentHash, cv.contentHash, 'the hash of what was parsed, not of what was queued');
    });
  }
});
