import assert from 'node:assert/strict';
import { useQueueDb } from '../helpers/queueDb';

describe('CVs without a project', () => {
  const q = useQueueDb();

  it('are counted and listed apart from every project when asked with projectId null', async () => {
    const cvs = q.cvs;
    const p = await q.projects.create('Data');
    await cvs.insertQueuedCVs([
      { filePath: '/a.pdf', fileName: 'a.pdf', projectId: p.id },
      { filePath: '/b.pdf', fileName: 'b.pdf' },
      { filePath: '/c.pdf', fileName: 'c.pdf' },
    ]);
    await cvs.updateCVStatus((await cvs.listAll())[2].id, 'failed', { error: 'x' });
    assert.deepEqual(await cvs.countByStatus(null), { queued: 1, processing: 0, completed: 0, failed: 1 });
    assert.deepEqual(await cvs.countByStatus(p.id), { queued: 1, processing: 0, completed: 0, failed: 0 });
    assert.deepEqual(await cvs.countByStatus(), { queued: 2, processing: 0, completed: 0, failed: 1 });
    assert.deepEqual((await cvs.listByStatus('queued', { projectId: null })).map((c) => c.fileName), ['b.pdf']);
    assert.deepEqual((await cvs.listByStatus('queued', { projectId: p.id })).map((c) => c.fileName), ['a.pdf']);
    assert.deepEqual((await cvs.listByStatus('queued')).map((c) => c.fileName), ['a.pdf', 'b.pdf']);
  });
});
