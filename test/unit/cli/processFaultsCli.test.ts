import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { runCli } from '../helpers/cli';
import { useTmpDir } from '../helpers/tmp';

interface StatusJson {
  counts: Record<string, number>;
  cvs: { file_name: string; status: string; error_message: string | null }[];
}

/** Changes the database as another run (or another clock) left it. */
async function alter(db: string, sql: string, params: (string | number)[]): Promise<void> {
  const store = await Store.open(db);
  store.db.run(sql, params);
  store.markDirty();
  await store.close();
}

describe('samsara process after a clock jump or a dead run (the built CLI)', function () {
  this.timeout(90_000);
  const tmp = useTmpDir();
  const db = () => path.join(tmp(), 'q.db');
  const cli = (...args: string[]) => runCli(['--db', db(), ...args], { killAfterMs: 60_000 });

  async function enqueueTwo(): Promise<void> {
    for (const n of ['a', 'b']) fs.writeFileSync(path.join(tmp(), `${n}.txt`), `Candidate ${n.toUpperCase()}\n${n}@example.com\n`);
    assert.equal((await cli('enqueue', path.join(tmp(), 'a.txt'), path.join(tmp(), 'b.txt'))).code, 0);
  }

  it('treats a retry time a year ahead as due: process finishes it, no TimeoutOverflowWarning', async () => {
    await enqueueTwo();
    const yearAhead = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
    await alter(db(), `UPDATE cvs SET next_attempt_at = ?, attempts = 1 WHERE file_name = 'a.txt'`, [yearAhead]);
    const run = await cli('process');
    assert.equal(run.signal, null, 'process did not finish');
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /TimeoutOverflowWarning/);
    const status = JSON.parse((await cli('status', '--json')).stdout) as StatusJson;
    assert.deepEqual(status.counts, { queued: 0, processing: 0, completed: 2, failed: 0 });
  });

  it('fails a CV whose last allowed attempt died with the process, and moves on to the others', async () => {
    await enqueueTwo();
    await alter(db(), `UPDATE cvs SET status = 'processing', attempts = 2, claim_token = 'dead' WHERE file_name = 'a.txt'`, []);
    const run = await cli('process', '--max-attempts', '2');
    assert.equal(run.code, 0, run.stderr);
    const status = JSON.parse((await cli('status', '--json')).stdout) as StatusJson;
    assert.deepEqual(status.counts, { queued: 0, processing: 0, completed: 1, failed: 1 });
    assert.deepEqual(status.cvs.find((c) => c.file_name === 'a.txt')?.error_message, 'stopped the worker (out of memory?)');
    const store = await Store.open(db(), { readOnly: true });
    const attempts = store.db.exec(`SELECT attempts FROM cvs WHERE file_name = 'a.txt'`)[0].values[0][0];
    await store.close();
    assert.equal(attempts, 2, 'the attempt count never exceeds --max-attempts');
  });
});
