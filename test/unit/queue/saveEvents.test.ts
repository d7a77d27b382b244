import assert from 'node:assert/strict';
import path from 'node:path';
import type { SaveState } from '../../../src/core/queue/storage';
import { ThreadedStorage } from '../../../src/core/queue/storeThread/threadedStorage';
import { storeTestThread } from '../helpers/queueBackends';
import { mountSmallDisk } from '../helpers/smallDisk';
import { useTmpDir } from '../helpers/tmp';

describe('ThreadedStorage announces failed and recovered saves as they happen', function () {
  this.timeout(60_000);
  const tmp = useTmpDir();

  it('tells the main thread once when saving fails on a full disk, and once when it works again', async function () {
    const disk = mountSmallDisk(this, tmp(), '1m');
    let storage: ThreadedStorage | undefined;
    try {
      const file = path.join(disk.path, 'q.db');
      storage = await ThreadedStorage.open(file, { threadScript: storeTestThread() });
      const states: SaveState[] = [];
      storage.watchSaves((state) => states.push(state));
      await storage.cvs.insertQueuedCVs([{ filePath: '/cvs/first.pdf', fileName: 'first.pdf' }]);
      await storage.flush();
      assert.equal(states.length, 0, 'a save that works says nothing');

      await storage.cvs.insertQueuedCVs(Array.from({ length: 3000 }, (_, i) => ({ filePath: `/cvs/${i}-${'x'.repeat(300)}.pdf`, fileName: `${i}.pdf` })));
      await assert.rejects(storage.flush(), /Saving the CV queue database .*q\.db failed/);
      await assert.rejects(storage.flush(), /Saving the CV queue database/);
      assert.equal(states.length, 1, 'one announcement however often it fails');
      assert.match(states[0].failure ?? '', new RegExp(`Saving the CV queue database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} failed: .*Free at least \\d+ MB of disk space`));
      assert.equal(states[0].saved.queued, 1, 'what the file on disk holds');

      disk.remount('size=64m');
      await storage.flush();
      assert.equal(states.length, 2);
      assert.equal(states[1].failure, undefined);
      assert.equal(states[1].saved.queued, 3001, 'nothing queued was lost while saves failed');
    } finally {
      await storage?.close().catch(() => undefined);
      disk.unmount();
    }
  });
});
