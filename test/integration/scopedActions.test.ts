import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import { emptyParsedCV } from '../../src/core/parsedCv';
import type { SamsaraApi } from '../../src/extension/extension';
import type { QueueNode } from '../../src/extension/views/queueNodes';
import { resetQueue, samsara, setSetting, writeFiles } from './helpers';

/** Rows straight into the store: hundreds of CVs without parsing them. */
async function addRows(api: SamsaraApi, projectId: string, count: number, status: 'queued' | 'completed' | 'failed'): Promise<void> {
  const storage = api.storage;
  assert.ok(storage, 'the queue is open');
  const rows = await storage.cvs.insertQueuedCVs(Array.from({ length: count }, (_, i) => ({ filePath: `/nowhere/${projectId}-${status}-${i}.txt`, fileName: `${i}.txt`, projectId })));
  for (const row of rows) {
    if (status === 'completed') await storage.cvs.completeCVProcessing(row.id, emptyParsedCV());
    if (status === 'failed') await storage.cvs.updateCVStatus(row.id, 'failed', { error: 'encrypted PDF' });
  }
}

describe('actions on the view as filtered or grouped', () => {
  let berlin = '';
  let munich = '';
  beforeEach(async () => {
    const api = await samsara();
    await resetQueue(api);
    api.filter.set(undefined);
    for (const p of await api.app.projects.list()) await api.app.projects.delete(p.id);
    berlin = (await api.app.projects.create('Backend Berlin')).id;
    munich = (await api.app.projects.create('Backend Munich')).id;
  });
  after(async () => {
    const api = await samsara();
    api.filter.set(undefined);
    await setSetting('groupByProject', undefined);
    await resetQueue(api);
  });

  it('Clear Completed and Retry All Failed take only the filtered project\'s CVs, and its menus follow its counts', async () => {
    const api = await samsara();
    for (const id of [berlin, munich]) {
      await addRows(api, id, 2, 'completed');
      await addRows(api, id, 3, 'failed');
    }
    api.filter.set({ projectId: berlin, name: 'Backend Berlin' });
    assert.equal(await vscode.commands.executeCommand('samsara.clearCompleted', { confirmed: true }), 2);
    assert.equal(await vscode.commands.executeCommand('samsara.retryAllFailed', { confirmed: true }), 3);
    assert.deepEqual(await api.app.counts(munich), { queued: 0, processing: 0, completed: 2, failed: 3 }, 'the other project is untouched');
    await api.tree.refresh();
    assert.deepEqual([api.tree.counts.shown.completed, api.tree.counts.shown.failed], [0, 0], 'nothing left to clear or retry in this view');
    assert.deepEqual([api.tree.counts.all.completed, api.tree.counts.all.failed], [2, 3]);
  });

  it('Show more grows that status in one project of the grouped view, not in every project', async () => {
    const api = await samsara();
    await setSetting('groupByProject', true);
    await addRows(api, berlin, 520, 'queued');
    await addRows(api, munich, 520, 'queued');
    await api.tree.refresh();
    const queuedOf = async (projectId: string): Promise<QueueNode[]> => {
      const project = (await api.tree.getChildren()).find((n) => n.kind === 'project' && n.projectId === projectId);
      const group = (await api.tree.getChildren(project)).find((n) => n.kind === 'group' && n.status === 'queued');
      return api.tree.getChildren(group);
    };
    assert.deepEqual([(await queuedOf(berlin)).length, (await queuedOf(munich)).length], [501, 501]);
    const more = (await queuedOf(berlin))[500];
    const command = api.tree.getTreeItem(more).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.deepEqual([(await queuedOf(berlin)).length, (await queuedOf(munich)).length], [520, 501]);
  });

  it('Add Duplicates Anyway runs as a command: it queues the copies, and its errors are reported, not lost', async () => {
    const api = await samsara();
    const [file] = writeFiles('duplicates', { 'dora.txt': 'Dora Dup\ndora@example.com' });
    await api.app.cvs.enqueue([file], { projectId: berlin });
    const forced = await vscode.commands.executeCommand<EnqueueResult>('samsara.addDuplicates', { paths: [file], projectId: berlin });
    assert.equal(forced.queued.length, 1);
    assert.equal((await api.app.counts(berlin)).queued, 2);
    // A broken argument fails inside the command: the wrapper logs and shows it, and the call settles.
    assert.equal(await vscode.commands.executeCommand('samsara.addDuplicates', { paths: null }), undefined);
  });
});
