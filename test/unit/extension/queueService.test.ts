import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { QueueService } from '../../../src/extension/queueService';
import { type SamsaraSettings, readSettings } from '../../../src/extension/settings';
import { distFile, useTmpDir } from '../helpers/tmp';

describe('QueueService (the extension side of the queue)', function () {
  this.timeout(30_000);
  let service: QueueService | undefined;
  const tmp = useTmpDir(async () => {
    await service?.shutdown();
    service = undefined;
  });

  function create(trusted: { value: boolean }, settings: Partial<SamsaraSettings> = {}): QueueService {
    const base = readSettings((_key, fallback) => fallback);
    service = new QueueService({
      dbFile: path.join(tmp(), 'storage', 'samsara.db'),
      threadScript: distFile('parseThread.js'),
      logger: { trace: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
      settings: () => ({ ...base, ...settings }),
      isTrusted: () => trusted.value,
      openStore: (file) => Store.open(file),
    });
    return service;
  }

  it('opens nothing until first use, then creates the database', async () => {
    const s = create({ value: true });
    assert.equal(s.current, undefined);
    assert.equal(fs.existsSync(path.join(tmp(), 'storage', 'samsara.db')), false);
    await s.open();
    assert.ok(fs.existsSync(path.join(tmp(), 'storage', 'samsara.db')));
  });

  it('queues but does not process in an untrusted workspace, and starts once trust is granted', async () => {
    const trusted = { value: false };
    const s = create(trusted);
    const cv = path.join(tmp(), 'jane.txt');
    fs.writeFileSync(cv, 'Jane Doe\njane@example.com\n');
    const result = await s.enqueue([cv]);
    const q = await s.open();
    assert.equal(q.worker.isPaused, true);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(q.cvs.getCV(result.queued[0].id)?.status, 'queued');
    await assert.rejects(s.setPaused(false), /trusted workspace/);
    trusted.value = true;
    s.onTrusted();
    await q.worker.whenDrained();
    assert.equal(q.cvs.getCV(result.queued[0].id)?.status, 'completed');
  });

  it('keeps the queue paused when autoStart is off, and the queued CVs survive shutdown', async () => {
    const s = create({ value: true }, { autoStart: false });
    const files = ['a', 'b'].map((n) => {
      const f = path.join(tmp(), `${n}.txt`);
      fs.writeFileSync(f, `Person ${n}\n${n}@example.com\n`);
      return f;
    });
    await s.enqueue(files);
    const q = await s.open();
    assert.equal(q.worker.isPaused, true);
    await s.shutdown();
    service = undefined;
    const reopened = await Store.open(path.join(tmp(), 'storage', 'samsara.db'));
    try {
      const rows = reopened.db.exec(`SELECT status FROM cvs`)[0]?.values.map((r) => r[0]);
      assert.deepEqual(rows, ['queued', 'queued']);
    } finally {
      await reopened.close();
    }
  });
});
