import assert from 'node:assert/strict';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { STORAGE_BACKENDS, describeEachBackend, useQueueStorage } from '../helpers/queueBackends';

describeEachBackend('CvRepository', (backend) => {
  const q = useQueueStorage(backend);

  const add = (name: string, projectId?: string) => q.cvs.insertQueuedCV({ filePath: `/cvs/${name}`, fileName: name, projectId });

  it('inserts queued CVs and hands them out oldest first', async () => {
    const a = await add('a.pdf');
    await add('b.pdf');
    assert.equal(a.status, 'queued');
    assert.equal((await q.cvs.getNextQueuedCV())?.id, a.id);
    assert.equal((await q.cvs.getCV(a.id))?.fileName, 'a.pdf');
  });

  it('keeps insertion order for CVs enqueued in the same millisecond', async () => {
    const batch = await q.cvs.insertQueuedCVs(Array.from({ length: 500 }, (_, i) => ({ filePath: `/cvs/${i}.pdf`, fileName: `${i}.pdf` })));
    assert.equal(new Set(batch.map((b) => b.createdAt)).size, 1, 'the whole batch shares one timestamp');
    const singles = [await add('z.pdf'), await add('y.pdf'), await add('x.pdf')];
    await q.exec(`UPDATE cvs SET created_at = ? WHERE id IN (?, ?, ?)`, [batch[0].createdAt, ...singles.map((s) => s.id)]);
    const order = (await q.cvs.getQueuedCVsByProject()).map((c) => c.id);
    assert.deepEqual(order, [...batch, ...singles].map((c) => c.id));
    for (const expected of [...batch, ...singles]) {
      assert.equal((await q.cvs.getNextQueuedCV())?.id, expected.id);
      await q.cvs.updateCVStatus(expected.id, 'processing', { startedAt: new Date().toISOString() });
    }
    assert.equal(await q.cvs.getNextQueuedCV(), undefined);
  });

  it('updates status with error and start time', async () => {
    const a = await add('a.pdf');
    const started = new Date().toISOString();
    assert.ok(await q.cvs.updateCVStatus(a.id, 'processing', { startedAt: started }));
    assert.equal((await q.cvs.getCV(a.id))?.processingStartedAt, started);
    await q.cvs.updateCVStatus(a.id, 'failed', { error: 'encrypted PDF (password protected)' });
    const failed = await q.cvs.getCV(a.id);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.errorMessage, 'encrypted PDF (password protected)');
    assert.equal(await q.cvs.updateCVStatus('missing', 'failed'), false);
  });

  it('stores every result column of a parsed CV and reads the same CV back', async () => {
    const a = await add('a.pdf');
    await q.cvs.updateCVStatus(a.id, 'failed', { error: 'transient' });
    const parsed = {
      ...emptyParsedCV(),
      contact: { name: 'Jane Doe', email: 'jane@example.com' },
      summary: 'Engineer.',
      work_history: [{ title: 'Engineer', company: 'Acme', start_date: '2019-03', current: true, highlights: ['Built it'] }],
      education: [{ institution: 'TU Berlin', degree: 'M.Sc.' }],
      skills: ['C++', 'Node.js'],
      certifications: [{ name: 'CKA' }],
      languages: [{ language: 'German', proficiency: 'C1' }],
      other_sections: [{ heading: 'Projects', content: 'x' }],
      raw_text: 'Jane Doe ...',
      section_order: ['contact', 'work_history'],
      parse_confidence: 0.87,
      warnings: ['two-column layout guessed'],
      extract_time_ms: 12,
    };
    assert.ok(await q.cvs.completeCVProcessing(a.id, parsed));
    const record = await q.cvs.getCV(a.id);
    assert.equal(record?.status, 'completed');
    assert.equal(record?.errorMessage, undefined);
    assert.deepEqual(await q.cvs.getParsedCV(a.id), parsed);
  });

  it('filters queued CVs by project', async () => {
    const projects = q.projects;
    const p = await projects.ensure('Backend Engineer Berlin');
    assert.equal((await projects.ensure('Backend Engineer Berlin')).id, p.id);
    const inProject = await add('a.pdf', p.id);
    await add('b.pdf');
    assert.deepEqual((await q.cvs.getQueuedCVsByProject(p.id)).map((c) => c.id), [inProject.id]);
    assert.equal((await q.cvs.getQueuedCVsByProject()).length, 2);
    assert.equal((await q.cvs.getQueuedCVsByProject(p.id))[0].projectName, 'Backend Engineer Berlin');
  });

  it('resets CVs left processing by a crash', async () => {
    const a = await add('a.pdf');
    const b = await add('b.pdf');
    await q.cvs.updateCVStatus(a.id, 'processing', { startedAt: new Date().toISOString() });
    await q.cvs.updateCVStatus(b.id, 'completed');
    assert.equal(await q.cvs.resetProcessingCVs(), 1);
    assert.equal((await q.cvs.getCV(a.id))?.status, 'queued');
    assert.equal((await q.cvs.getCV(a.id))?.processingStartedAt, undefined);
    assert.equal((await q.cvs.getCV(b.id))?.status, 'completed');
  });

  it('counts, pages, retries and removes', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await add(`${i}.pdf`)).id);
    for (const id of ids.slice(0, 3)) await q.cvs.updateCVStatus(id, 'failed', { error: 'bad' });
    await q.cvs.updateCVStatus(ids[3], 'completed');
    assert.deepEqual(await q.cvs.countByStatus(), { queued: 3, processing: 0, completed: 1, failed: 3 });
    assert.deepEqual((await q.cvs.listByStatus('failed', { offset: 1, limit: 1 })).map((c) => c.id), [ids[1]]);
    assert.equal(await q.cvs.retryFailed([ids[0]]), 1);
    assert.equal((await q.cvs.getCV(ids[0]))?.errorMessage, undefined);
    assert.equal(await q.cvs.retryAllFailed(), 2);
    assert.equal((await q.cvs.countByStatus()).failed, 0);
    assert.equal(await q.cvs.remove([ids[0], 'nope']), 1);
    assert.equal(await q.cvs.removeByStatus('completed'), 1);
    assert.deepEqual(await q.cvs.countByStatus(), { queued: 5, processing: 0, completed: 0, failed: 0 });
  });
}, undefined, STORAGE_BACKENDS);
