import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { enqueuePaths } from '../src/core/queue/enqueue';
import { ParsePool } from '../src/core/queue/parsePool';
import { openSqlJsStorage } from '../src/core/queue/sqljs/sqlJsStorage';
import type { QueueStorage } from '../src/core/queue/storage';
import { ThreadedStorage } from '../src/core/queue/storeThread/threadedStorage';
import { QueueWorker } from '../src/core/queue/worker';
import { fillWithParsedCvs, writeTinyCvs } from './prefill';
import { fmt, row, timed, tmpDir } from './util';

const GOAL_MAX_MS = 50;
const GOAL_P99_MS = 10;

interface Stall {
  maxMs: number;
  p99Ms: number;
  runMs: number;
  processed: number;
}

/**
 * Processes the CVs of `cvDir` over a copy of `prefilled` and records the main thread's
 * event-loop delay meanwhile, up to and including the flush that makes the run durable.
 */
async function measure(prefilled: string, dbFile: string, cvDir: string, open: (file: string) => Promise<QueueStorage>): Promise<Stall> {
  fs.copyFileSync(prefilled, dbFile);
  const storage = await open(dbFile);
  const processed = (await enqueuePaths(storage, [cvDir])).queued.length;
  await storage.flush();
  const runner = new ParsePool({ threadScript: path.join(__dirname, 'parseThread.js'), size: 2 });
  const worker = new QueueWorker({ storage, runner }, { concurrency: 2, timeoutMs: 60_000, maxAttempts: 3 });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const run = await timed(async () => {
    await worker.start();
    await worker.whenDrained();
    await worker.stop(0);
    await storage.flush();
  });
  delay.disable();
  await storage.close();
  return { maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, runMs: run.ms, processed };
}

/** The floor: the same files through the same two parse threads with no store at all, so only the machine's own noise remains. */
async function measureWithoutStore(cvDir: string): Promise<Stall> {
  const files = fs.readdirSync(cvDir).map((f) => path.join(cvDir, f));
  const runner = new ParsePool({ threadScript: path.join(__dirname, 'parseThread.js'), size: 2 });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) await runner.run(files[next++], 60_000).done;
  };
  const run = await timed(() => Promise.all([lane(), lane()]));
  delay.disable();
  await runner.close();
  return { maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, runMs: run.ms, processed: files.length };
}

function report(label: string, s: Stall): void {
  row(label, `max ${fmt(s.maxMs)}, p99 ${fmt(s.p99Ms)} (${s.processed} CVs in ${fmt(s.runMs)})`);
}

/** The extension host's event-loop delay while CVs are processed over a large queue: store in-process against on its own thread. */
export async function stallBench(count = 2_000, prefill = 10_000): Promise<void> {
  const dir = tmpDir('stall');
  const cvDir = path.join(dir, 'cvs');
  writeTinyCvs(cvDir, count);
  const prefilled = path.join(dir, 'prefilled.db');
  const filler = await openSqlJsStorage(prefilled);
  await fillWithParsedCvs(filler, prefill);
  await filler.close();
  console.log(`\nmain thread's event-loop delay while ${count} CVs are processed over ${prefill.toLocaleString('en')} parsed CVs (${(fs.statSync(prefilled).size / 1e6).toFixed(1)} MB)`);
  const floor = await measureWithoutStore(cvDir);
  const inProcess = await measure(prefilled, path.join(dir, 'in-process.db'), cvDir, (file) => openSqlJsStorage(file));
  const threaded = await measure(prefilled, path.join(dir, 'threaded.db'), cvDir, (file) => ThreadedStorage.open(file, { threadScript: path.join(__dirname, 'storeThread.js') }));
  report('floor: parse threads only, no store', floor);
  report('baseline: store on the main thread', inProcess);
  report('store on its own thread', threaded);
  const ok = threaded.maxMs < GOAL_MAX_MS && threaded.p99Ms < GOAL_P99_MS;
  row('goal: max < 50 ms, p99 < 10 ms', ok ? 'met' : 'missed');
  fs.rmSync(dir, { recursive: true, force: true });
}
