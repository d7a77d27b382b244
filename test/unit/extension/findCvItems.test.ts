import assert from 'node:assert/strict';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { listSearchEntries } from '../../../src/core/queue/cvSearch';
import { ProjectRepository } from '../../../src/core/queue/projectRepository';
import { CvRepository } from '../../../src/core/queue/repository';
import { findCvRow } from '../../../src/extension/findCvItems';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useTmpDir } from '../helpers/tmp';

describe('Find CV rows', () => {
  let store: Store;
  const tmp = useTmpDir(() => store.close());

  it('lists completed CVs only, with name, e-mail, current job, project and skills', async () => {
    store = await Store.open(path.join(tmp(), 'samsara.db'));
    const cvs = new CvRepository(store);
    const project = new ProjectRepository(store).create('Backend Berlin');
    storeParsed(cvs, 'jane.pdf', janeDoe(), project.id);
    storeParsed(cvs, 'anon-cv.docx', { ...emptyParsedCV(), skills: [] });
    cvs.insertQueuedCV({ filePath: '/cvs/waiting.pdf', fileName: 'waiting.pdf' });

    const rows = listSearchEntries(store).map(findCvRow);
    assert.equal(rows.length, 2, 'the queued CV has nothing to find yet');
    assert.deepEqual({ ...rows[0], id: undefined }, {
      id: undefined,
      label: 'Jane Q. Doe',
      description: 'jane.doe@example.com · Senior Software Engineer at Acme GmbH',
      detail: 'jane.pdf · Backend Berlin · TypeScript, Kubernetes, PostgreSQL',
    });
    assert.deepEqual({ ...rows[1], id: undefined }, { id: undefined, label: 'anon-cv', description: '', detail: 'anon-cv.docx' }, 'no name: the file name');
    assert.equal(cvs.getCV(rows[0].id)?.fileName, 'jane.pdf');
  });
});
