import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { QueueNode } from '../../src/extension/views/queueNodes';
import { copyFixtures, resetQueue, samsara, workspaceDir } from './helpers';

describe('enqueue from the explorer', () => {
  it('queues several selected files and a folder (recursively), skipping other types and duplicates', async () => {
    const api = await samsara();
    await resetQueue(api);
    const [a, b] = copyFixtures('picked', ['cvs/cv-001-macchiato.pdf', 'cvs/cv-030-flat.docx']);
    copyFixtures('batch', ['cvs/cv-032-short.odt', 'cvs/cv-035-orbit.md']);
    copyFixtures('batch/nested', ['cvs/cv-033-onepage.txt', 'cvs/cv-001-macchiato.truth.json']);
    copyFixtures('batch/.hidden', ['cvs/cv-022-classic.pdf']);
    const folder = path.join(workspaceDir(), 'batch');
    const uris = [a, b, folder].map((p) => vscode.Uri.file(p));

    const result = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', uris[0], uris);
    assert.deepEqual(result.queued.map((c) => c.fileName), ['cv-001-macchiato.pdf', 'cv-030-flat.docx', 'cv-032-short.odt', 'cv-035-orbit.md', 'cv-033-onepage.txt']);
    assert.deepEqual(result.unsupported.map((p) => path.basename(p)), ['cv-001-macchiato.truth.json']);
    assert.equal(result.duplicates.length, 0);

    const again = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(folder), [vscode.Uri.file(folder)]);
    assert.equal(again.queued.length, 0);
    assert.deepEqual(again.duplicates.map((d) => d.existingName), ['cv-032-short.odt', 'cv-035-orbit.md', 'cv-033-onepage.txt']);
  });

  it('shows the queue in the tree: groups with counts, CVs in order with stable ids and status icons', async () => {
    const api = await samsara();
    api.tree.refresh();
    const groups = await api.tree.getChildren();
    const counts = Object.fromEntries(groups.map((g) => [g.kind === 'group' ? g.status : '?', g.kind === 'group' ? g.count : -1]));
    assert.deepEqual(counts, { queued: 5, processing: 0, completed: 0, failed: 0 });
    assert.equal(api.tree.getTreeItem(groups[0]).description, '5');
    const queued = await api.tree.getChildren(groups[0]);
    const items = queued.map((n: QueueNode) => api.tree.getTreeItem(n));
    assert.equal(items[0].label, 'cv-001-macchiato.pdf');
    assert.equal(items[0].contextValue, 'cv:queued');
    assert.equal((items[0].iconPath as vscode.ThemeIcon).id, 'clock');
    const first = queued[0];
    assert.ok(first.kind === 'cv');
    assert.equal(items[0].id, first.cv.id, 'the tree item id is the CV id');
    assert.ok(fs.existsSync(first.cv.filePath));
    // A refresh gives the same ids (selection and expansion survive it).
    api.tree.refresh();
    const again = await api.tree.getChildren((await api.tree.getChildren())[0]);
    assert.deepEqual(again.map((n) => api.tree.getTreeItem(n).id), items.map((i) => i.id));
  });

  it('pages a long group: the first 500 CVs and a "Show more" row', async () => {
    const api = await samsara();
    await resetQueue(api);
    await api.app.open();
    await api.storage?.cvs.insertQueuedCVs(Array.from({ length: 1203 }, (_, i) => ({ filePath: `/nowhere/cv-${i}.txt`, fileName: `cv-${i}.txt` })));
    api.tree.refresh();
    const [queuedGroup] = await api.tree.getChildren();
    const page = await api.tree.getChildren(queuedGroup);
    assert.equal(page.length, 501);
    const more = page[500];
    assert.equal(more.kind, 'more');
    assert.match(String(api.tree.getTreeItem(more).label), /Show more \(703 not shown\)/);
    await vscode.commands.executeCommand('samsara.showMore', 'queued');
    assert.equal((await api.tree.getChildren(queuedGroup)).length, 1001);
    await resetQueue(api);
  });
});
