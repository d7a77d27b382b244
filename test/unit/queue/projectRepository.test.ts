import assert from 'node:assert/strict';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { ProjectError } from '../../../src/core/queue/project';
import { STORAGE_BACKENDS, describeEachBackend, useQueueStorage } from '../helpers/queueBackends';

describeEachBackend('ProjectRepository', (backend) => {
  const q = useQueueStorage(backend);
  const projects = { create: (n: string) => q.projects.create(n), list: () => q.projects.list(), findByName: (n: string) => q.projects.findByName(n),
    ensure: (n: string) => q.projects.ensure(n), cvCount: (id: string) => q.projects.cvCount(id), countWithoutProject: () => q.projects.countWithoutProject(),
    listWithCounts: () => q.projects.listWithCounts(),
    rename: async (name: string, to: string) => q.projects.rename((await byName(name)).id, to),
    delete: async (name: string, o?: { removeCvs?: boolean }) => q.projects.delete((await byName(name)).id, o) };
  async function byName(name: string) {
    const p = await q.projects.findByName(name);
    if (!p) throw new ProjectError(`No project named "${name}".`, 'NOT_FOUND');
    return p;
  }
  const reopen = () => q.reopen();
  const addCvs = (n: number, projectId?: string) =>
    q.cvs.insertQueuedCVs(Array.from({ length: n }, (_, i) => ({ filePath: `/cvs/${projectId ?? 'none'}-${i}.pdf`, fileName: `${i}.pdf`, projectId })));
  const code = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      assert.ok(err instanceof ProjectError, `expected a ProjectError, got ${String(err)}`);
      return { code: err.code, message: err.message };
    }
    assert.fail('expected the call to be refused');
  };

  it('creates projects and refuses a duplicate name, also in another case', async () => {
    const p = await projects.create('  Backend Berlin ');
    assert.equal(p.name, 'Backend Berlin');
    assert.deepEqual(await code(() => projects.create('Backend Berlin')), { code: 'DUPLICATE', message: 'A project named "Backend Berlin" already exists.' });
    assert.equal((await code(() => projects.create('BACKEND BERLIN'))).code, 'DUPLICATE');
    await projects.create('Jürgen Groß');
    assert.equal((await code(() => projects.create('JÜRGEN GROSS'.replace('SS', 'ß')))).code, 'DUPLICATE', 'non-ASCII names compare ignoring case too');
    assert.deepEqual(await code(() => projects.create('   ')), { code: 'EMPTY_NAME', message: 'A project needs a name.' });
    await reopen();
    assert.deepEqual((await projects.list()).map((x) => x.name), ['Backend Berlin', 'Jürgen Groß']);
  });

  it('finds a project by its name written in another case, as enqueue --project does', async () => {
    const p = await projects.create('Backend Berlin');
    assert.equal((await projects.findByName('backend berlin'))?.id, p.id);
    assert.equal((await projects.ensure('BACKEND BERLIN')).id, p.id, 'no second project that differs only in case');
    assert.equal((await projects.list()).length, 1);
    // A database from before names were compared ignoring case may hold both spellings.
    await q.exec(`INSERT INTO projects (id, name, created_at) VALUES ('old', 'backend berlin', '2020-01-01T00:00:00Z')`);
    assert.equal((await projects.findByName('backend berlin'))?.id, 'old', 'the exact spelling wins');
    assert.equal(await projects.findByName('BACKEND BERLIN'), undefined, 'two candidates: no guess');
  });

  it('renames, refusing a name another project has but allowing a change of case', async () => {
    const a = await projects.create('Frontend');
    await projects.create('Design');
    assert.equal((await code(() => projects.rename('Frontend', 'design'))).code, 'DUPLICATE');
    assert.deepEqual(await code(() => projects.rename('Nope', 'Other')), { code: 'NOT_FOUND', message: 'No project named "Nope".' });
    assert.equal((await projects.rename('Frontend', 'frontend')).name, 'frontend');
    await addCvs(2, a.id);
    assert.equal((await projects.rename('frontend', 'Frontend Munich')).id, a.id);
    await reopen();
    assert.equal(await projects.findByName('Frontend'), undefined);
    assert.equal((await projects.findByName('Frontend Munich'))?.id, a.id);
    assert.equal(await projects.cvCount(a.id), 2, 'the CVs follow the renamed project');
    assert.equal((await q.cvs.listAll(a.id))[0].projectName, 'Frontend Munich');
  });

  it('counts CVs per project and per status', async () => {
    const a = await projects.create('A');
    const b = await projects.create('B');
    await projects.create('Empty');
    const inA = await addCvs(12, a.id);
    await addCvs(3, b.id);
    await addCvs(4);
    await q.cvs.completeCVProcessing(inA[0].id, emptyParsedCV());
    await q.cvs.updateCVStatus(inA[1].id, 'failed', { error: 'encrypted' });
    assert.equal(await projects.cvCount(a.id), 12);
    assert.equal(await projects.countWithoutProject(), 4);
    const list = await projects.listWithCounts();
    assert.deepEqual(list.map((p) => [p.name, p.cvCount]), [['A', 12], ['B', 3], ['Empty', 0]]);
    assert.deepEqual(list[0].counts, { queued: 10, processing: 0, completed: 1, failed: 1 });
  });

  it('deletes a project keeping its CVs without a project', async () => {
    const a = await projects.create('A');
    const b = await projects.create('B');
    const kept = await addCvs(5, a.id);
    await addCvs(2, b.id);
    const result = await projects.delete('A');
    assert.deepEqual({ removed: result.cvsRemoved, kept: result.cvsKept }, { removed: 0, kept: 5 });
    await reopen();
    assert.equal(await projects.findByName('A'), undefined);
    assert.equal((await q.cvs.listAll()).length, 7);
    for (const cv of kept) assert.equal((await q.cvs.getCV(cv.id))?.projectId, undefined);
    assert.equal(await projects.countWithoutProject(), 5);
    assert.equal(await projects.cvCount(b.id), 2, 'other projects are untouched');
  });

  it('deletes a project with its CVs', async () => {
    const a = await projects.create('A');
    const b = await projects.create('B');
    await addCvs(5, a.id);
    const other = await addCvs(2, b.id);
    await addCvs(1);
    assert.equal((await projects.delete('A', { removeCvs: true })).cvsRemoved, 5);
    await reopen();
    assert.deepEqual((await projects.list()).map((p) => p.name), ['B']);
    assert.deepEqual((await q.cvs.listAll()).map((c) => c.id).sort(), [...other.map((c) => c.id), ...(await q.cvs.listAll()).filter((c) => !c.projectId).map((c) => c.id)].sort());
    assert.equal((await q.cvs.listAll()).length, 3);
    assert.equal((await code(() => projects.delete('A'))).code, 'NOT_FOUND');
  });
}, undefined, STORAGE_BACKENDS);
