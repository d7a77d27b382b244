import assert from 'node:assert/strict';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { findCvRow } from '../../../src/extension/findCvItems';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useQueueDb } from '../helpers/queueDb';

describe('Find CV rows', () => {
  const q = useQueueDb();

  it('lists completed CVs only, with name, e-mail, current job, project and skills', async () => {
    const cvs = q.cvs;
    const project = await q.projects.create('Backend Berlin');
    await storeParsed(cvs, 'jane.pdf', janeDoe(), project.id);
    await storeParsed(cvs, 'anon-cv.docx', { ...emptyParsedCV(), skills: [] });
    await cvs.insertQueuedCV({ filePath: '/cvs/waiting.pdf', fileName: 'waiting.pdf' });

    const rows = (await cvs.searchEntries()).map(findCvRow);
    assert.equal(rows.length, 2, 'the queued CV has nothing to find yet');
    assert.deepEqual({ ...rows[0], id: undefined }, {
      id: undefined,
      label: 'Jane Q. Doe',
      description: 'jane.doe@example.com · Senior Software Engineer at Acme GmbH',
      detail: 'jane.pdf · Backend Berlin · TypeScript, Kubernetes, PostgreSQL',
    });
    assert.deepEqual({ ...rows[1], id: undefined }, { id: undefined, label: 'anon-cv', description: '', detail: 'anon-cv.docx' }, 'no name: the file name');
    assert.equal((await cvs.getCV(rows[0].id))?.fileName, 'jane.pdf');
  });
});
