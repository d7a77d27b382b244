import assert from 'node:assert/strict';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { ProjectRepository } from '../../../src/core/queue/projectRepository';
import { CvRepository } from '../../../src/core/queue/repository';
import { useTmpDir } from '../helpers/tmp';

describe('CvRepository', () => {
  let store: Store;
  let cvs: CvRepository;
  const tmp = useTmpDir(() => store.close());

  beforeEach(async () => {
    store = await Store.open(path.join(tmp(), 'samsara.db'));
    cvs = new CvRepository(store);
  });

  const add = (name: string, projectId?: string) => cvs.insertQueuedCV({ filePath: `/cvs/${name}`, fileName: name, projectId });

  it('inserts queued CVs and hands them out oldest first', () => {
    const a = add('a.pdf');
    add('b.pdf');
    assert.equal(a.status, 'queued');
    assert.equal(cvs.getNextQueuedCV()?.id, a.id);
    assert.equal(cvs.getCV(a.id)?.fileName, 'a.pdf');
  });

  it('keeps insertion order for CVs enqueued in the same millisecond', () => {
    const batch = cvs.insertQueuedCVs(Array.from({ length: 500 }, (_, i) => ({ filePath: `/cvs/${i}.pdf`, fileName: `${i}.pdf` })));
    assert.equal(new Set(batch.map((b) => b.createdAt)).size, 1, 'the whole batch shares one timestamp');
    const singles = [add('z.pdf'), add('y.pdf'), add('x.pdf')];
    store.db.run(`UPDATE cvs SET created_at = ? WHERE id IN (?, ?, ?)`, [batch[0].createdAt, ...singles.map((s) => s.id)]);
    const order = cvs.getQueuedCVsByProject().map((c) => c.id);
    assert.deepEqual(order, [...batch, ...singles].map((c) => c.id));
    for (const expected of [...batch, ...singles]) {
      assert.equal(cvs.getNextQueuedCV()?.id, expected.id);
      cvs.updateCVStatus(expected.id, 'processing', { startedAt: new Date().toISOString() });
    }
    assert.equal(cvs.getNextQueuedCV(), undefined);
  });

  it('updates status with error and start time', () => {
    const a = add('a.pdf');
    const started = new Date().toISOString();
    assert.ok(cvs.updateCVStatus(a.id, 'processing', { startedAt: started }));
    assert.equal(cvs.getCV(a.id)?.processingStartedAt, started);
    cvs.updateCVStatus(a.id, 'failed', { error: 'encrypted PDF (password protected)' });
    const failed = cvs.getCV(a.id);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.errorMessage, 'encrypted PDF (password protected)');
    assert.equal(cvs.updateCVStatus('missing', 'failed'), false);
  });

  it('stores every result column of a parsed CV and reads the same CV back', () => {
    const a = add('a.pdf');
    cvs.updateCVStatus(a.id, 'failed', { error: 'transient' });
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
    assert.ok(cvs.completeCVProcessing(a.id, parsed));
    const record = cvs.getCV(a.id);
    assert.equal(record?.status, 'completed');
    assert.equal(record?.errorMessage, undefined);
    assert.deepEqual(cvs.getParsedCV(a.id), parsed);
  });

  it('filters queued CVs by project', () => {
    const projects = new ProjectRepository(store);
    const p = projects.ensure('Backend Engineer Berlin');
    assert.equal(projects.ensure('Backend Engineer Berlin').id, p.id);
    const inProject = add('a.pdf', p.id);
    add('b.pdf');
    assert.deepEqual(cvs.getQueuedCVsByProject(p.id).map((c) => c.id), [inProject.id]);
    assert.equal(cvs.getQueuedCVsByProject().length, 2);
    assert.equal(cvs.getQueuedCVsByProject(p.id)[0].projectName, 'Backend Engineer Berlin');
  });

  it('resets CVs left processing by a crash', () => {
    const a = add('a.pdf');
    const b = add('b.pdf');
    cvs.updateCVStatus(a.id, 'processing', { startedAt: new Date().toISOString() });
    cvs.updateCVStatus(b.id, 'completed');
    assert.equal(cvs.resetProcessingCVs(), 1);
    assert.equal(cvs.getCV(a.id)?.status, 'queued');
    assert.equal(cvs.getCV(a.id)?.processingStartedAt, undefined);
    assert.equal(cvs.getCV(b.id)?.status, 'completed');
  });

  it('counts, pages, retries and removes', () => {
    const ids = Array.from({ length: 7 }, (_, i) => add(`${i}.pdf`).id);
    ids.slice(0, 3).forEach((id) => cvs.updateCVStatus(id, 'failed', { error: 'bad' }));
    cvs.updateCVStatus(ids[3], 'completed');
    assert.deepEqual(cvs.countByStatus(), { queued: 3, processing: 0, completed: 1, failed: 3 });
    assert.deepEqual(cvs.listByStatus('failed', { offset: 1, limit: 1 }).map((c) => c.id), [ids[1]]);
    assert.equal(cvs.retryFailed([ids[0]]), 1);
    assert.equal(cvs.getCV(ids[0])?.errorMessage, undefined);
    assert.equal(cvs.retryFailed(), 2);
    assert.equal(cvs.countByStatus().failed, 0);
    assert.equal(cvs.remove([ids[0], 'nope']), 1);
    assert.equal(cvs.removeByStatus('completed'), 1);
    assert.deepEqual(cvs.countByStatus(), { queued: 5, processing: 0, completed: 0, failed: 0 });
  });
});
