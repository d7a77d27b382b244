import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ParsePool } from '../../../src/core/queue/parsePool';
import { repoRoot, useTmpDir } from '../helpers/tmp';

const THREAD = () => path.join(repoRoot(), 'out/test/unit/helpers/threads/scriptedThread.js');

/** Timers that keep the process alive (a stop must leave none behind). */
function liveTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}

describe('ParsePool', () => {
  const tmp = useTmpDir();

  it('cancelling a running job ends its thread and leaves no timer keeping the process alive', async () => {
    const file = path.join(tmp(), 'hang.txt');
    fs.writeFileSync(file, 'HANG');
    const pool = new ParsePool({ threadScript: THREAD(), size: 1 });
    const job = pool.run(file, 600_000);
    const running = liveTimers();
    job.cancel();
    assert.equal(liveTimers(), running - 1, 'the job\'s timeout was cleared');
    assert.deepEqual(await job.done, { ok: false, message: 'Cancelled', permanent: true });
    assert.equal(pool.threadCount, 0);
    await pool.close();
  });
});
