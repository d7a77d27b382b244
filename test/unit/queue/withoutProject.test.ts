import assert from 'node:assert/strict';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { ProjectRepository } from '../../../src/core/queue/projectRepository';
import { CvRepository } from '../../../src/core/queue/repository';
import { useTmpDir } from '../helpers/tmp';

describe('CVs without a project', () => {
  let store: Store;
  const tmp = useTmpDir(() => store.close());

  it('are counted and listed apart from every project when asked with projectId null', async () => {
    store = await Store.open(path.join(tmp(), 'samsara.db'));
    const cvs = new CvRepository(store);
    const p = new ProjectRepository(store).create('Data');
    cvs.insertQueuedCVs([
      { filePath: '/a.pdf', fileName: 'a.pdf', projectId: p.id },
      { filePath: '/b.pdf', fileName: 'b.pdf' },
      { filePath: '/c.pdf', fileName: 'c.pdf' },
    ]);
    cvs.updateCVStatus(cvs.listAll()[2].id, 'failed', { error: 'x' });
    assert.deepEqual(cvs.countByStatus(null), { queued: 1, processing: 0, completed: 0, failed: 1 });
    assert.deepEqual(cvs.countByStatus(p.id), { queued: 1, processing: 0, completed: 0, failed: 0 });
    assert.deepEqual(cvs.countByStatus(), { queued: 2, processing: 0, completed: 0, failed: 1 });
    assert.deepEqual(cvs.listByStatus('queued', { projectId: null }).map((c) => c.fileName), ['b.pdf']);
    assert.deepEqual(cvs.listByStatus('queued', { projectId: p.id }).map((c) => c.fileName), ['a.pdf']);
    assert.deepEqual(cvs.listByStatus('queued').map((c) => c.fileName), ['a.pdf', 'b.pdf']);
  });
});
