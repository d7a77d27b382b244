import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { BulkChange, CvChange, ProjectsChange } from '../../../src/core/app/queueEvents';
import { QueueApp } from '../../../src/core/app/queueApp';
import { type QueueSettings, readSettings } from '../../../src/core/app/settings';
import { silentLogger } from '../../../src/core/logger';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { type SqlJsStorage, openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { distFile, useTmpDir } from '../helpers/tmp';

describe('QueueApp (the application layer)', function () {
  this.timeout(30_000);
  let app: QueueApp | undefined;
  let storage: SqlJsStorage | undefined;
  const tmp = useTmpDir(async () => {
    await app?.close();
    app = undefined;
  });
  const dbFile = () => path.join(tmp(), 'storage', 'samsara.db');

  function create(options: { canProcess?: { value: boolean }; settings?: Partial<QueueSettings>; processOnOpen?: boolean } = {}): QueueApp {
    const settings = { ...readSettings(), ...options.settings };
    app = new QueueApp({
      openStorage: async () => (storage = await openSqlJsStorage(dbFile())),
      logger: silentLogger, settings: () => settings, threadScript: distFile('parseThread.js'),
      canProcess: options.canProcess && (() => options.canProcess?.value ?? true), processOnOpen: options.processOnOpen ?? true,
    });
    return app;
  }

  function cvFile(name: string, text = `${name}\n${name.toLowerCase()}@example.com\n`): string {
    const file = path.join(tmp(), `${name}-${Math.random().toString(36).slice(2)}.txt`);
    fs.writeFileSync(file, text);
    return file;
  }

  /** Records every event the application layer fires. */
  function record(a: QueueApp) {
    const seen = { cvs: [] as CvChange[], bulk: [] as BulkChange['reason'][], projects: [] as string[] };
    a.events.onDidChangeCv((c) => seen.cvs.push(c));
    a.events.onDidChangeMany((c) => seen.bulk.push(c.reason));
    a.events.onDidChangeProjects((c: ProjectsChange) => seen.projects.push(`${c.kind}:${c.project.name}`));
    return seen;
  }

  it('opens nothing until first use, then creates the database', async () => {
    const a = create();
    assert.equal(a.isOpen, false);
    assert.equal(fs.existsSync(dbFile()), false);
    await a.open();
    assert.ok(a.isOpen);
    assert.ok(fs.existsSync(dbFile()));
  });

  it('queues but does not process while processing is not allowed, and starts once it is', async () => {
    const allowed = { value: false };
    const a = create({ canProcess: allowed });
    const { queued } = await a.cvs.enqueue([cvFile('Jane')]);
    assert.equal(a.isPaused, true);
    await assert.rejects(a.setPaused(false), /trusted workspace/);
    assert.equal((await a.get(queued[0].id))?.status, 'queued');
    allowed.value = true;
    a.onCanProcess();
    await a.whenDrained();
    assert.equal((await a.get(queued[0].id))?.status, 'completed');
  });

  it('keeps the queue paused when autoStart is off, and the queued CVs survive closing', async () => {
    const a = create({ settings: { autoStart: false } });
    await a.cvs.enqueue([cvFile('Ann'), cvFile('Ben')]);
    assert.equal(a.isPaused, true);
    await a.close();
    app = undefined;
    const reopened = await openSqlJsStorage(dbFile());
    try {
      assert.deepEqual((await reopened.cvs.listAll()).map((c) => c.status), ['queued', 'queued']);
    } finally {
      await reopened.close();
    }
  });

  it('announces every change through its events: enqueue, processing per CV, projects', async () => {
    const a = create();
    const seen = record(a);
    const project = await a.projects.create('Backend Berlin');
    const { queued } = await a.cvs.enqueue([cvFile('Ada')], { projectId: project.id });
    await a.whenDrained();
    await a.projects.rename(project.id, 'Backend Munich');
    await a.projects.delete(project.id, { removeCvs: true });
    assert.deepEqual(seen.projects, ['created:Backend Berlin', 'renamed:Backend Munich', 'deleted:Backend Munich']);
    assert.deepEqual(seen.cvs.map((c) => `${c.id === queued[0].id}:${c.status}`), ['true:processing', 'true:completed']);
    assert.ok(seen.bulk.includes('enqueued') && seen.bulk.includes('removed'), seen.bulk.join());
    assert.equal((await a.list()).length, 0, 'the project went with its CV');
  });

  it('clears completed CVs and retries failed ones of one project only, when given one', async () => {
    const a = create({ processOnOpen: false });
    const berlin = await a.projects.create('Backend Berlin');
    const munich = await a.projects.create('Backend Munich');
    await a.open();
    const s = storage;
    assert.ok(s);
    const add = async (projectId: string | undefined, status: 'completed' | 'failed') => {
      const cv = await s.cvs.insertQueuedCV({ filePath: '/cvs/x.pdf', fileName: 'x.pdf', projectId });
      if (status === 'completed') await s.cvs.completeCVProcessing(cv.id, emptyParsedCV());
      else await s.cvs.updateCVStatus(cv.id, 'failed', { error: 'encrypted PDF' });
    };
    for (const projectId of [berlin.id, berlin.id, munich.id, undefined]) {
      await add(projectId, 'completed');
      await add(projectId, 'failed');
    }
    assert.equal(await a.cvs.clearCompleted(berlin.id), 2);
    assert.equal(await a.cvs.retryAllFailed(munich.id), 1);
    assert.deepEqual(await a.counts(berlin.id), { queued: 0, processing: 0, completed: 0, failed: 2 });
    assert.deepEqual(await a.counts(munich.id), { queued: 1, processing: 0, completed: 1, failed: 0 });
    assert.deepEqual(await a.counts(null), { queued: 0, processing: 0, completed: 1, failed: 1 });
    assert.equal(await a.cvs.clearCompleted(), 2, 'without a scope: every project');
  });

  it('resolves short ids as the CLI prints them, refusing unknown and ambiguous ones', async () => {
    const a = create({ processOnOpen: false });
    const { queued } = await a.cvs.enqueue([cvFile('Cy')]);
    assert.deepEqual(await a.resolveIds([queued[0].id.slice(0, 8)]), [queued[0].id]);
    await assert.rejects(a.resolveIds(['zzzzzzzz']), /No CV with id zzzzzzzz\./);
  });
});
