import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { QueueApp } from '../src/core/app/queueApp';
import { readSettings } from '../src/core/app/settings';
import { silentLogger } from '../src/core/logger';
import { emptyParsedCV } from '../src/core/parsedCv';
import { openSqlJsStorage } from '../src/core/queue/sqljs/sqlJsStorage';
import type { QueueStorage } from '../src/core/queue/storage';
import { ThreadedStorage } from '../src/core/queue/storeThread/threadedStorage';
import { groupState } from '../src/extension/views/groupState';
import { PAGE_SIZE } from '../src/extension/views/pageSizes';
import type { QueueNode } from '../src/extension/views/queueNodes';
import { QueueTreeModel } from '../src/extension/views/queueTreeModel';
import { fillWithParsedCvs } from './prefill';
import { fmt, median, row, tmpDir } from './util';

const GOAL_MS = 50;

/** Main-thread busy time (event-loop utilisation) and wall time of `fn`: the store thread's share is wall only. */
async function hostTime(fn: () => Promise<unknown>): Promise<{ busyMs: number; wallMs: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const elu = performance.eventLoopUtilization();
  const start = performance.now();
  await fn();
  return { wallMs: performance.now() - start, busyMs: performance.eventLoopUtilization(elu).active };
}

/**
 * What the workbench asks of the tree after it was told `node` changed: the node's children and
 * those of every group it shows open (the rule of groupItem: all but a long Queued group).
 */
async function redraw(model: QueueTreeModel, node: QueueNode | undefined): Promise<QueueNode[]> {
  if (node && !isOpen(node)) return [];
  const listed = await model.children(node);
  const open = node ? [] : listed.filter(isOpen);
  const nested = await Promise.all(open.map((g) => model.children(g)));
  return [...listed, ...nested.flat()];
}

const isOpen = (n: QueueNode): boolean => n.kind === 'group' && groupState(n) === 'filled';

interface Figure {
  label: string;
  busy: number[];
  wall: number[];
  floor: number[];
}

function report(f: Figure): void {
  const busy = median(f.busy);
  row(f.label, `${fmt(busy)} busy, ${fmt(median(f.wall))} wall; floor ${fmt(median(f.floor))} wall; ${busy <= GOAL_MS ? 'met' : 'missed'}`);
}

/**
 * The view's data side at 10,000 parsed CVs through the store thread, as the extension host runs
 * it: opening the view (the groups and the open groups' first pages), expanding a group of
 * 10,000, and redrawing after one CV finished and after a change of many. The floor of each is the
 * store's own queries for it, made straight through the storage; the goal is <= 50 ms of the
 * extension host's busy time.
 */
export async function viewBench(count = 10_000, rounds = 7): Promise<void> {
  const dir = tmpDir('view');
  const file = path.join(dir, 'q.db');
  const filler = await openSqlJsStorage(file);
  await fillWithParsedCvs(filler, count);
  await filler.close();
  let storage: QueueStorage | undefined;
  const app = new QueueApp({
    openStorage: async () => (storage = await ThreadedStorage.open(file, { threadScript: path.join(__dirname, 'storeThread.js') })),
    logger: silentLogger, settings: () => readSettings(), processOnOpen: false,
  });
  const fired: (QueueNode | undefined)[] = [];
  const model = new QueueTreeModel(app, () => false, { changed: (n) => fired.push(n), counts: () => undefined, openFailed: (err) => { throw err; } });
  await app.open();
  const store = storage as QueueStorage;
  // CVs waiting, as while a run goes on: Queued is long (closed), the others open.
  await store.cvs.insertQueuedCVs(Array.from({ length: 100 }, (_, i) => ({ filePath: `/new/cv-${i}.txt`, fileName: `cv-${i}.txt` })));
  const figures: Figure[] = ['open the view', `expand a group of ${count.toLocaleString('en')} (first page)`, 'redraw after one CV finished', 'redraw after a change of many CVs']
    .map((label) => ({ label, busy: [], wall: [], floor: [] }));
  const add = (f: Figure, t: { busyMs: number; wallMs: number }, floor: { wallMs: number }): void => {
    f.busy.push(t.busyMs);
    f.wall.push(t.wallMs);
    f.floor.push(floor.wallMs);
  };
  const pageFloor = () => hostTime(() => store.cvs.listByStatus('completed', { limit: PAGE_SIZE }));
  const countsAndPage = () => hostTime(() => Promise.all([store.cvs.countByStatus(), store.cvs.listByStatus('completed', { limit: PAGE_SIZE })]));
  for (let r = 0; r < rounds; r++) {
    const open = await hostTime(() => redraw(model, undefined));
    add(figures[0], open, await countsAndPage());
    const completed = (await model.children()).find((n) => n.kind === 'group' && n.status === 'completed');
    if (!completed) throw new Error('no Completed group');
    add(figures[1], await hostTime(() => redraw(model, completed)), await pageFloor());
    // One CV through the worker's writes, then the events the worker announces for it.
    const claim = await store.claims.claimNext();
    if (!claim) throw new Error('nothing queued');
    const { cv } = claim;
    await store.claims.complete(cv.id, claim.token, { ...emptyParsedCV(), contact: { name: `New ${r}` } });
    fired.length = 0;
    model.cvChanged({ id: cv.id, status: 'processing', fileName: cv.fileName });
    model.cvChanged({ id: cv.id, status: 'completed', fileName: cv.fileName });
    add(figures[2], await hostTime(async () => {
      await model.refresh(false);
      for (const node of fired.splice(0)) await redraw(model, node);
    }), await countsAndPage());
    add(figures[3], await hostTime(async () => {
      await model.refresh();
      for (const node of fired.splice(0)) await redraw(model, node);
    }), await countsAndPage());
  }
  console.log(`\nthe view's data side at ${count.toLocaleString('en')} parsed CVs through the store thread (medians of ${rounds}; goal <= ${GOAL_MS} ms busy)`);
  for (const f of figures) report(f);
  model.dispose();
  await app.close();
}
