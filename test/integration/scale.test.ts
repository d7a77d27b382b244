import assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { emptyParsedCV } from '../../src/core/parsedCv';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { SamsaraApi } from '../../src/extension/extension';
import type { QueueNode } from '../../src/extension/views/queueNodes';
import { hasParser, resetQueue, samsara, writeFiles } from './helpers';

const PREFILLED = 10_000;
const PROCESSED = 200;
/** Generous: a whole-file save of this queue on the extension host's thread takes far longer. */
const MAX_STALL_MS = 200;

/** 10,000 completed CVs with ~8 KB of text each (about 88 MB), as a long-used queue holds. */
async function prefill(api: SamsaraApi): Promise<void> {
  const storage = api.storage;
  assert.ok(storage, 'the queue is open');
  const text = 'Senior engineer with a long history of projects and responsibilities. '.repeat(115);
  const rows = await storage.cvs.insertQueuedCVs(Array.from({ length: PREFILLED }, (_, i) => ({ filePath: `/old/cv-${i}.pdf`, fileName: `cv-${i}.pdf` })));
  for (let i = 0; i < rows.length; i += 250) {
    await Promise.all(rows.slice(i, i + 250).map((row, j) => storage.cvs.completeCVProcessing(row.id, { ...emptyParsedCV(), raw_text: `${i + j} ${text}`, contact: { name: `Old ${i + j}` } })));
  }
  await storage.flush();
}

/** Wall time and the extension host's own busy time (event-loop utilisation) of `fn`. */
async function hostTime(fn: () => Promise<unknown>): Promise<{ wallMs: number; busyMs: number }> {
  const elu = performance.eventLoopUtilization();
  const start = performance.now();
  await fn();
  return { wallMs: performance.now() - start, busyMs: performance.eventLoopUtilization(elu).active };
}

const fmt = (t: { wallMs: number; busyMs: number }): string => `${t.busyMs.toFixed(1)} ms busy, ${t.wallMs.toFixed(1)} ms wall`;

describe('a large queue in the extension host', function () {
  this.timeout(600_000);
  let api: SamsaraApi;

  before(async function () {
    if (!hasParser()) this.skip();
    api = await samsara();
    await resetQueue(api);
    await prefill(api);
  });

  after(async () => {
    await api.app.setPaused(true);
    await api.app.cvs.remove((await api.app.list()).map((cv) => cv.id));
    await api.storage?.flush();
  });

  let attempt = 0;
  it(`keeps the extension host responsive while CVs are processed over ${PREFILLED.toLocaleString('en')} parsed ones`, async function () {
    // A store back on this thread stalls it for seconds at every try; a busy machine only now and then.
    this.retries(2);
    const before = await api.app.counts();
    const files = writeFiles(`scale-${++attempt}`, Object.fromEntries(Array.from({ length: PROCESSED }, (_, i) => [`cv-${i}.txt`, `Candidate Number${i}\nc${i}-${attempt}@example.com\n\nExperience\nEngineer, Acme ${i}\n2019 - 2021\n`])));
    const result = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
    assert.equal(result.queued.length, PROCESSED);
    await api.storage?.flush();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    await vscode.commands.executeCommand('samsara.resume');
    await api.app.whenDrained();
    // The durability point: with the store on this thread, this is where a whole-file save blocks it.
    await api.storage?.flush();
    delay.disable();
    const maxMs = delay.max / 1e6;
    console.log(`      event-loop delay while ${PROCESSED} CVs were processed: max ${maxMs.toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
    assert.deepEqual(await api.app.counts(), { queued: 0, processing: 0, completed: before.completed + PROCESSED, failed: 0 });
    assert.ok(maxMs < MAX_STALL_MS, `the extension host stalled for ${maxMs.toFixed(0)} ms`);
  });

  it('reports the view\'s times at this size (opening, expanding a group, refreshing after a change)', async () => {
    const { tree } = api;
    const items = (nodes: QueueNode[]) => nodes.map((n) => tree.getTreeItem(n));
    let groups: QueueNode[] = [];
    const open = await hostTime(async () => {
      groups = await tree.getChildren();
      items(groups);
    });
    const completed = groups.find((g) => g.kind === 'group' && g.status === 'completed');
    assert.ok(completed && completed.kind === 'group' && completed.count >= PREFILLED);
    let page: QueueNode[] = [];
    const expand = await hostTime(async () => {
      page = await tree.getChildren(completed);
      items(page);
    });
    assert.equal(page.at(-1)?.kind, 'more', 'the group is paged');
    const first = page[0];
    assert.ok(first.kind === 'cv');
    const refresh = await hostTime(async () => {
      await api.app.cvs.remove([first.cv.id]);
      await tree.refresh();
      const fresh = await tree.getChildren();
      items(fresh);
      const again = fresh.find((g) => g.kind === 'group' && g.status === 'completed');
      if (again) items(await tree.getChildren(again));
    });
    console.log(`      view at ${completed.count} CVs: open ${fmt(open)}; expand a group of ${completed.count} (first page) ${fmt(expand)}; refresh after a change ${fmt(refresh)}`);
  });
});
