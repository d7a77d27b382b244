import assert from 'node:assert/strict';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { ProjectError, ProjectRepository } from '../../../src/core/queue/projectRepository';
import { CvRepository } from '../../../src/core/queue/repository';
import { useTmpDir } from '../helpers/tmp';

describe('ProjectRepository', () => {
  let store: Store;
  let projects: ProjectRepository;
  let cvs: CvRepository;
  const tmp = useTmpDir(() => store.close());
  const dbFile = () => path.join(tmp(), 'samsara.db');

  beforeEach(async () => {
    store = await Store.open(dbFile());
    projects = new ProjectRepository(store);
    cvs = new CvRepository(store);
  });

  const addCvs = (n: number, projectId?: string) =>
    cvs.insertQueuedCVs(Array.from({ length: n }, (_, i) => ({ filePath: `/cvs/${projectId ?? 'none'}-${i}.pdf`, fileName: `${i}.pdf`, projectId })));
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      assert.ok(err instanceof ProjectError, `expected a ProjectError, got ${String(err)}`);
      return { code: err.code, message: err.message };
    }
    assert.fail('expected the call to be refused');
  };

  /** Closes and reopens the database file, so the assertions see what is on disk. */
  async function reopen(): Promise<void> {
    await store.close();
    store = await Store.open(dbFile());
    projects = new ProjectRepository(store);
    cvs = new CvRepository(store);
  }

  it('creates projects and refuses a duplicate name, also in another case', async () => {
    const p = projects.create('  Backend Berlin ');
    assert.equal(p.name, 'Backend Berlin');
    assert.deepEqual(code(() => projects.create('Backend Berlin')), { code: 'DUPLICATE', message: 'A project named "Backend Berlin" already exists.' });
    assert.equal(code(() => projects.create('BACKEND BERLIN')).code, 'DUPLICATE');
    projects.create('Jürgen Groß');
    assert.equal(code(() => projects.create('JÜRGEN GROSS'.replace('SS', 'ß'))).code, 'DUPLICATE', 'non-ASCII names compare ignoring case too');
    assert.deepEqual(code(() => projects.create('   ')), { code: 'EMPTY_NAME', message: 'A project needs a name.' });
    await reopen();
    assert.deepEqual(projects.list().map((x) => x.name), ['Backend Berlin', 'Jürgen Groß']);
  });

  it('finds a project by its name written in another case, as enqueue --project does', () => {
    const p = projects.create('Backend Berlin');
    assert.equal(projects.findByName('backend berlin')?.id, p.id);
    assert.equal(projects.ensure('BACKEND BERLIN').id, p.id, 'no second project that differs only in case');
    assert.equal(projects.list().length, 1);
    // A database from before names were compared ignoring case may hold both spellings.
    store.db.run(`INSERT INTO projects (id, name, created_at) VALUES ('old', 'backend berlin', '2020-01-01T00:00:00Z')`);
    assert.equal(projects.findByName('backend berlin')?.id, 'old', 'the exact spelling wins');
    assert.equal(projects.findByName('BACKEND BERLIN'), undefined, 'two candidates: no guess');
  });

  it('renames, refusing a name another project has but allowing a change of case', async () => {
    const a = projects.create('Frontend');
    projects.create('Design');
    assert.equal(code(() => projects.rename('Frontend', 'design')).code, 'DUPLICATE');
    assert.deepEqual(code(() => projects.rename('Nope', 'Other')), { code: 'NOT_FOUND', message: 'No project named "Nope".' });
    assert.equal(projects.rename('Frontend', 'frontend').name, 'frontend');
    addCvs(2, a.id);
    assert.equal(projects.rename('frontend', 'Frontend Munich').id, a.id);
    await reopen();
    assert.equal(projects.findByName('Frontend'), undefined);
    assert.equal(projects.findByName('Frontend Munich')?.id, a.id);
    assert.equal(projects.cvCount(a.id), 2, 'the CVs follow the renamed project');
    assert.equal(cvs.listAll(a.id)[0].projectName, 'Frontend Munich');
  });

  it('counts CVs per project and per status', () => {
    const a = projects.create('A');
    const b = projects.create('B');
    projects.create('Empty');
    const inA = addCvs(12, a.id);
    addCvs(3, b.id);
    addCvs(4);
    cvs.completeCVProcessing(inA[0].id, emptyParsedCV());
    cvs.updateCVStatus(inA[1].id, 'failed', { error: 'encrypted' });
    assert.equal(projects.cvCount(a.id), 12);
    assert.equal(projects.countWithoutProject(), 4);
    const list = projects.listWithCounts();
    assert.deepEqual(list.map((p) => [p.name, p.cvCount]), [['A', 12], ['B', 3], ['Empty', 0]]);
    assert.deepEqual(list[0].counts, { queued: 10, processing: 0, completed: 1, failed: 1 });
  });

  it('deletes a project keeping its CVs without a project', async () => {
    const a = projects.create('A');
    const b = projects.create('B');
    const kept = addCvs(5, a.id);
    addCvs(2, b.id);
    const result = projects.delete('A');
    assert.deepEqual({ removed: result.cvsRemoved, kept: result.cvsKept }, { removed: 0, kept: 5 });
    await reopen();
    assert.equal(projects.findByName('A'), undefined);
    assert.equal(cvs.listAll().length, 7);
    for (const cv of kept) assert.equal(cvs.getCV(cv.id)?.projectId, undefined);
    assert.equal(projects.countWithoutProject(), 5);
    assert.equal(projects.cvCount(b.id), 2, 'other projects are untouched');
  });

  it('deletes a project with its CVs', async () => {
    const a = projects.create('A');
    const b = projects.create('B');
    addCvs(5, a.id);
    const other = addCvs(2, b.id);
    addCvs(1);
    assert.equal(projects.delete('A', { removeCvs: true }).cvsRemoved, 5);
    await reopen();
    assert.deepEqual(projects.list().map((p) => p.name), ['B']);
    assert.deepEqual(cvs.listAll().map((c) => c.id).sort(), [...other.map((c) => c.id), ...cvs.listAll().filter((c) => !c.projectId).map((c) => c.id)].sort());
    assert.equal(cvs.listAll().length, 3);
    assert.equal(code(() => projects.delete('A')).code, 'NOT_FOUND');
  });
});
