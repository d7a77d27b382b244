import fs from 'node:fs';
import path from 'node:path';
import { type RecordableHistogram, createHistogram, performance } from 'node:perf_hooks';
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
  delay: RecordableHistogram;
  runMs: number;
  processed: number;
}

/**
 * The event-loop delay over `fn`, as monitorEventLoopDelay measures it (the gaps between the ticks
 * of a 1 ms timer), but into a histogram that goes on across the batches of one kind: a monitor
 * enabled again would count the time between batches as one long stall.
 */
async function watched(delay: RecordableHistogram, fn: () => Promise<number>): Promise<Stall> {
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    delay.record(Math.max(1, Math.round((now - last) * 1e6)));
    last = now;
  }, 1);
  const run = await timed(fn);
  clearInterval(ticker);
  return { delay, runMs: run.ms, processed: run.value };
}

/**
 * Processes the CVs of `cvDir` over a copy of `prefilled` and records the main thread's
 * event-loop delay meanwhile, up to and including the flush that makes the run durable.
 */
async function measure(delay: RecordableHistogram, prefilled: string, dbFile: string, cvDir: string, open: (file: string) => Promise<QueueStorage>): Promise<Stall> {
  fs.copyFileSync(prefilled, dbFile);
  const storage = await open(dbFile);
  const processed = (await enqueuePaths(storage, [cvDir])).queued.length;
  await storage.flush();
  const runner = new ParsePool({ threadScript: path.join(__dirname, 'parseThread.js'), size: 2 });
  const worker = new QueueWorker({ storage, runner }, { concurrency: 2, timeoutMs: 60_000, maxAttempts: 3 });
  const stall = await watched(delay, async () => {
    await worker.start();
    await worker.whenDrained();
    await worker.stop(0);
    await storage.flush();
    return processed;
  });
  await storage.close();
  fs.rmSync(dbFile);
  return stall;
}

/** The floor: the same files through the same two parse threads with no store at all, so only the machine's own noise remains. */
async function measureWithoutStore(delay: RecordableHistogram, cvDir: string): Promise<Stall> {
  const files = fs.readdirSync(cvDir).map((f) => path.join(cvDir, f));
  const runner = new ParsePool({ threadScript: path.join(__dirname, 'parseThread.js'), size: 2 });
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) await runner.run(files[next++], 60_000).done;
  };
  const stall = await watched(delay, async () => {
    await Promise.all([lane(), lane()]);
    return files.length;
  });
  await runner.close();
  return stall;
}

function total(stalls: Stall[]): Stall {
  return { delay: stalls[0].delay, runMs: stalls.reduce((t, s) => t + s.runMs, 0), processed: stalls.reduce((t, s) => t + s.processed, 0) };
}

const maxMs = (s: Stall): number => s.delay.max / 1e6;
const p99Ms = (s: Stall): number => s.delay.percentile(99) / 1e6;

function report(label: string, s: Stall): void {
  row(label, `max ${fmt(maxMs(s))}, p99 ${fmt(p99Ms(s))} (${s.processed} CVs in ${fmt(s.runMs)})`);
}

/**
 * The extension host's event-loop delay while CVs are processed over a large queue, with the
 * store on its own thread, beside the floor of the same parse threads with no store: the two run
 * in turn, a batch each, so that the machine's load falls on both alike. Once beside them, the
 * store on the main thread (what the thread replaced).
 */
export async function stallBench(count = 2_000, prefill = 10_000, rounds = 4): Promise<void> {
  const dir = tmpDir('stall');
  const batches = Array.from({ length: rounds }, (_, r) => {
    const cvDir = path.join(dir, `cvs-${r}`);
    writeTinyCvs(cvDir, count / rounds);
    return cvDir;
  });
  const prefilled = path.join(dir, 'prefilled.db');
  const filler = await openSqlJsStorage(prefilled);
  await fillWithParsedCvs(filler, prefill);
  await filler.close();
  console.log(`\nmain thread's event-loop delay while ${count} CVs are processed over ${prefill.toLocaleString('en')} parsed CVs (${(fs.statSync(prefilled).size / 1e6).toFixed(1)} MB), in ${rounds} batches`);
  const floors: Stall[] = [];
  const threaded: Stall[] = [];
  const openThreaded = (file: string) => ThreadedStorage.open(file, { threadScript: path.join(__dirname, 'storeThread.js') });
  const floorDelay = createHistogram();
  const threadedDelay = createHistogram();
  for (const cvDir of batches) {
    floors.push(await measureWithoutStore(floorDelay, cvDir));
    threaded.push(await measure(threadedDelay, prefilled, path.join(dir, 'threaded.db'), cvDir, openThreaded));
  }
  const inProcess = await measure(createHistogram(), prefilled, path.join(dir, 'in-process.db'), batches[0], (file) => openSqlJsStorage(file));
  const floor = total(floors);
  const ours = total(threaded);
  report('floor: parse threads only, no store', floor);
  report('store on its own thread', ours);
  report(`baseline: store on the main thread (${inProcess.processed} CVs)`, inProcess);
  row('ratio store thread / floor: max, p99', `${(maxMs(ours) / maxMs(floor)).toFixed(2)}x, ${(p99Ms(ours) / p99Ms(floor)).toFixed(2)}x`);
  const ok = maxMs(ours) < GOAL_MAX_MS && p99Ms(ours) < GOAL_P99_MS;
  row('goal: max < 50 ms, p99 < 10 ms', ok ? 'met' : 'missed');
  fs.rmSync(dir, { recursive: true, force: true });
}
