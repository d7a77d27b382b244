import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../src/core/db/store';
import { parseCv } from '../src/core/parser/parseCv';
import { enqueuePaths } from '../src/core/queue/enqueue';
import { ParsePool } from '../src/core/queue/parsePool';
import { SqlJsStorage } from '../src/core/queue/sqljs/sqlJsStorage';
import { QueueWorker } from '../src/core/queue/worker';
import { fillWithParsedCvs, writeTinyCvs } from './prefill';
import { fmt, row, timed, tmpDir } from './util';

async function drain(dbFile: string, cvDir: string, label: string, prefill: number): Promise<void> {
  const store = await Store.open(dbFile);
  const storage = new SqlJsStorage(store);
  if (prefill) {
    await fillWithParsedCvs(storage, prefill);
    await store.flush();
  }
  const dbMb = fs.statSync(dbFile).size / 1e6;
  const queued = (await enqueuePaths(storage, [cvDir])).queued.length;
  const saveMsBefore = store.saveTotalMs;
  const savesBefore = store.saveCount;
  const runner = new ParsePool({ threadScript: path.join(__dirname, 'parseThread.js'), size: 2 });
  const worker = new QueueWorker({ storage, runner }, { concurrency: 2, timeoutMs: 60_000, maxAttempts: 3 });
  const run = await timed(async () => {
    await worker.start();
    await worker.whenDrained();
    await worker.stop(0);
  });
  const saveMs = store.saveTotalMs - saveMsBefore;
  await store.close();
  console.log(`\n${label}`);
  row('database before the run', `${dbMb.toFixed(1)} MB`);
  row(`processed ${queued} CVs (2 worker threads)`, `${fmt(run.ms)}, ${(queued / (run.ms / 1000)).toFixed(0)} CVs/s`);
  row(`saving: ${store.saveCount - savesBefore} saves`, `${fmt(saveMs)} = ${((saveMs / run.ms) * 100).toFixed(1)} % of wall time`);
}

/** The queue's end-to-end throughput beside the floor: the same files parsed in-process on one thread. */
export async function processBench(count = 10_000): Promise<void> {
  const dir = tmpDir('process');
  const cvDir = path.join(dir, 'cvs');
  writeTinyCvs(cvDir, count);
  const files = fs.readdirSync(cvDir).map((f) => path.join(cvDir, f));
  const baseline = await timed(async () => {
    for (const f of files) await parseCv(f);
  });
  console.log(`\nprocess ${count} tiny TXT CVs end to end`);
  row('baseline: parseCv in-process, one thread', `${fmt(baseline.ms)}, ${(count / (baseline.ms / 1000)).toFixed(0)} CVs/s`);
  await drain(path.join(dir, 'fresh.db'), cvDir, `queue on a fresh database`, 0);
  await drain(path.join(dir, 'large.db'), cvDir, `queue on a database already holding 10,000 parsed CVs`, 10_000);
  fs.rmSync(dir, { recursive: true, force: true });
}
