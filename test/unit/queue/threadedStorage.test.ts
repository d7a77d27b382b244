import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../../src/core/db/errors';
import type { Logger } from '../../../src/core/logger';
import { ProjectError } from '../../../src/core/queue/project';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { StoreThreadError } from '../../../src/core/queue/storeThread/storeConnection';
import { ThreadedStorage } from '../../../src/core/queue/storeThread/threadedStorage';
import { type TestingRepository, storeTestThread } from '../helpers/queueBackends';
import { useTmpDir } from '../helpers/tmp';

/** A logger that keeps its lines, to see what the thread reported. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string | Error) => lines.push(`${level}: ${String(message instanceof Error ? message.message : message)}`);
  return { lines, trace: keep('trace'), info: keep('info'), warn: keep('warn'), error: keep('error') };
}

describe('ThreadedStorage (the embedded store on its own thread)', function () {
  this.timeout(60_000);
  const opened: ThreadedStorage[] = [];
  const tmp = useTmpDir(async () => {
    for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  });
  const file = () => path.join(tmp(), 'samsara.db');
  async function open(options: Partial<Parameters<typeof ThreadedStorage.open>[1]> = {}): Promise<ThreadedStorage> {
    const storage = await ThreadedStorage.open(file(), { threadScript: storeTestThread(), ...options });
    opened.push(storage);
    return storage;
  }

  it('keeps an error\'s class, code and message as the in-process store throws it', async () => {
    const storage = await open();
    await storage.projects.create('Backend Berlin');
    const error = await storage.projects.create('backend berlin').then(() => undefined, (err: unknown) => err);
    assert.ok(error instanceof ProjectError, 'a ProjectError');
    assert.equal(error.code, 'DUPLICATE');
    await storage.close();
    const inProcess = await openSqlJsStorage(file());
    try {
      await assert.rejects(inProcess.projects.create('backend berlin'), (err: unknown) => err instanceof ProjectError && err.message === error.message);
    } finally {
      await inProcess.close();
    }
  });

  it('refuses a database another process holds with the same DatabaseError as in-process', async () => {
    fs.writeFileSync(`${file()}.lock`, '1\nabcdef0123456789\n'); // pid 1 is always alive
    await assert.rejects(open(), (err: unknown) => err instanceof DatabaseError && err.code === 'LOCKED' && /in use by another process \(pid 1/.test(err.message));
  });

  it('asks the main thread before moving a file that is not a database aside, and logs there', async () => {
    fs.writeFileSync(file(), 'a note someone saved as samsara.db\n'.repeat(8));
    const asked: string[] = [];
    const logger = recordingLogger();
    await assert.rejects(open({ logger, confirmMoveAside: async (m) => (asked.push(m), false) }), (err: unknown) => err instanceof DatabaseError && err.code === 'NOT_A_DATABASE');
    const storage = await open({ logger, confirmMoveAside: async (m) => (asked.push(m), true) });
    assert.equal(asked.length, 2);
    assert.match(asked[0], /is not a Samsara CV Queue database/);
    assert.ok(logger.lines.some((l) => /^warn: Moved the unreadable database/.test(l)), logger.lines.join('\n'));
    assert.deepEqual(await storage.cvs.countByStatus(), { queued: 0, processing: 0, completed: 0, failed: 0 });
  });

  it('saves on close, releases the lock and ends the thread', async () => {
    const storage = await open();
    await storage.cvs.insertQueuedCVs([{ filePath: '/cvs/a.pdf', fileName: 'a.pdf' }, { filePath: '/cvs/b.pdf', fileName: 'b.pdf' }]);
    await storage.close();
    assert.equal(fs.existsSync(`${file()}.lock`), false, 'the lock is released');
    await assert.rejects(storage.cvs.countByStatus(), /is closed/);
    const reread = await openSqlJsStorage(file(), { readOnly: true });
    try {
      assert.equal((await reread.cvs.countByStatus()).queued, 2);
    } finally {
      await reread.close();
    }
  });

  it('reports a crash of its thread clearly and opens the database again on next use', async () => {
    const logger = recordingLogger();
    const storage = await open({ logger });
    const kept = await storage.cvs.insertQueuedCV({ filePath: '/cvs/kept.pdf', fileName: 'kept.pdf' });
    await storage.flush();
    const testing = storage.repository<TestingRepository>('testing');
    await assert.rejects(testing.crash(), (err: unknown) => err instanceof StoreThreadError && /thread stopped unexpectedly \(exit code 7\)/.test(err.message));
    assert.ok(logger.lines.some((l) => /^error: .*thread stopped unexpectedly/.test(l)), logger.lines.join('\n'));
    assert.equal((await storage.cvs.getCV(kept.id))?.fileName, 'kept.pdf', 'reopened with what was saved');
    assert.ok(logger.lines.some((l) => /^info: Opened the CV queue database .* again/.test(l)));
    await storage.cvs.insertQueuedCV({ filePath: '/cvs/after.pdf', fileName: 'after.pdf' });
    assert.equal((await storage.cvs.countByStatus()).queued, 2);
  });

  it('rejects a call whose arguments cannot cross to the thread, and goes on', async () => {
    const storage = await open();
    const notCloneable = { filePath: '/cvs/a.pdf', fileName: 'a.pdf', extra: () => undefined };
    await assert.rejects(storage.cvs.insertQueuedCV(notCloneable), /could not be cloned/);
    assert.equal((await storage.cvs.countByStatus()).queued, 0);
  });

  it('offers exactly the methods the thread\'s repositories have', async () => {
    const storage = await open();
    assert.equal(typeof storage.claims.failAbandoned, 'function');
    assert.equal(storage.claims.claimableCount, undefined, 'the worker then counts queued CVs itself');
    const roundTrip = await storage.cvs.contentHashes();
    assert.ok(roundTrip instanceof Map, 'Maps cross by structured clone');
  });
});
