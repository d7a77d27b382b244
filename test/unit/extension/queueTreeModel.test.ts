import assert from 'node:assert/strict';
import path from 'node:path';
import { QueueApp } from '../../../src/core/app/queueApp';
import { readSettings } from '../../../src/core/app/settings';
import { silentLogger } from '../../../src/core/logger';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import type { CvStatus } from '../../../src/core/queue/cvRecord';
import { type SqlJsStorage, openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import type { GroupNode, QueueNode } from '../../../src/extension/views/queueNodes';
import { QueueTreeModel } from '../../../src/extension/views/queueTreeModel';
import { useTmpDir } from '../helpers/tmp';

describe('QueueTreeModel (the data of the CV Queue view)', function () {
  this.timeout(30_000);
  let app: QueueApp | undefined;
  let model: QueueTreeModel | undefined;
  let storage: SqlJsStorage | undefined;
  const tmp = useTmpDir(async () => {
    model?.dispose();
    await app?.close();
    app = undefined;
  });

  /** A model over a real queue, recording what it asks the view to redraw (undefined: everything). */
  async function create(completed: number, queued: number) {
    app = new QueueApp({ openStorage: async () => (storage = await openSqlJsStorage(path.join(tmp(), 'q.db'))), logger: silentLogger, settings: () => readSettings(), processOnOpen: false });
    await app.open();
    const s = storage as SqlJsStorage;
    const done = await s.cvs.insertQueuedCVs(Array.from({ length: completed }, (_, i) => ({ filePath: `/cvs/done-${i}.txt`, fileName: `done-${i}.txt` })));
    for (const cv of done) await s.cvs.completeCVProcessing(cv.id, { ...emptyParsedCV(), contact: { name: `Person ${cv.fileName}` } });
    await s.cvs.insertQueuedCVs(Array.from({ length: queued }, (_, i) => ({ filePath: `/cvs/new-${i}.txt`, fileName: `new-${i}.txt` })));
    const redrawn: (QueueNode | undefined)[] = [];
    const m = (model = new QueueTreeModel(app, () => false, { changed: (n) => redrawn.push(n), counts: () => undefined, openFailed: (err) => assert.fail(String(err)) }));
    const groups = (await m.children()) as GroupNode[];
    const group = (status: CvStatus) => groups.find((g) => g.status === status) as GroupNode;
    return { m, s, redrawn, group };
  }

  /** The worker's writes for one CV: taken from the queue, then parsed. */
  async function finishOne(s: SqlJsStorage, m: QueueTreeModel): Promise<void> {
    const claim = await s.claims.claimNext();
    assert.ok(claim);
    m.cvChanged({ id: claim.cv.id, status: 'processing', fileName: claim.cv.fileName });
    await s.claims.complete(claim.cv.id, claim.token, { ...emptyParsedCV(), contact: { name: 'New Person' } });
    m.cvChanged({ id: claim.cv.id, status: 'completed', fileName: claim.cv.fileName });
  }

  it('after one CV finished, redraws only the groups it left and entered, as the objects the view holds, with their new counts', async () => {
    const { m, s, redrawn, group } = await create(600, 80);
    const completed = group('completed');
    const queued = group('queued');
    await finishOne(s, m);
    await m.refresh(false);
    assert.deepEqual(redrawn.map((n) => n && n.kind === 'group' && n.status), ['queued', 'processing', 'completed']);
    assert.equal(redrawn[0], queued);
    assert.equal(redrawn[2], completed);
    assert.equal(completed.count, 601);
    assert.equal(queued.count, 79);
    // Listed oldest first, the CV is beyond the first page: "Show more" counts it.
    const page = await m.children(completed);
    assert.deepEqual(page.at(-1), { kind: 'more', status: 'completed', shown: 500, total: 601, projectId: undefined });
  });

  it('redraws the whole tree when a group opens or closes on its own (its item id changes) or many CVs changed', async () => {
    const { m, s, redrawn } = await create(3, 1);
    await finishOne(s, m); // Queued becomes empty: its item changes id
    await m.refresh(false);
    assert.deepEqual(redrawn, [undefined]);
    redrawn.length = 0;
    m.scheduleRefresh();
    await m.refresh(false);
    assert.deepEqual(redrawn, [undefined]);
  });

  it('lists the top level from the counts the refresh read, which match the queue', async () => {
    const { m, s } = await create(2, 60);
    await finishOne(s, m);
    await m.refresh(false);
    const groups = (await m.children()) as GroupNode[];
    assert.deepEqual(Object.fromEntries(groups.map((g) => [g.status, g.count])), { queued: 59, processing: 0, completed: 3, failed: 0 });
    assert.deepEqual(m.counts.all, await s.cvs.countByStatus());
  });

  it('reads the counts again for a listing when a change was announced after the refresh read them', async () => {
    const { m, s } = await create(2, 60);
    await m.refresh();
    const [cv] = await s.cvs.insertQueuedCVs([{ filePath: '/cvs/late.txt', fileName: 'late.txt' }]);
    m.cvChanged({ id: cv.id, status: 'queued', fileName: cv.fileName });
    const groups = (await m.children()) as GroupNode[];
    assert.equal(groups.find((g) => g.status === 'queued')?.count, 61);
  });

  it('lists a project filter\'s own counts at once, while the refresh it started still reads them', async () => {
    const { m, s } = await create(2, 3);
    await m.refresh();
    const project = await s.projects.create('Backend');
    await s.cvs.insertQueuedCVs([{ filePath: '/cvs/p.txt', fileName: 'p.txt', projectId: project.id }]);
    m.setProjectFilter({ projectId: project.id, name: project.name });
    const groups = (await m.children()) as GroupNode[];
    assert.deepEqual(groups.map((g) => g.count), [1, 0, 0, 0]);
  });
});
