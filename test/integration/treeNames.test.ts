import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { GroupNode, QueueNode } from '../../src/extension/views/queueNodes';
import { copyFixtures, hasParser, resetQueue, samsara } from './helpers';

const CVS = ['cvs/cv-001-macchiato.pdf', 'cvs/cv-030-flat.docx', 'cvs/cv-035-orbit.md'];

describe('a tree that names candidates', function () {
  before(function () {
    if (!hasParser()) this.skip();
  });

  const groupOf = async (status: GroupNode['status']): Promise<GroupNode> => {
    const api = await samsara();
    const groups = await api.tree.getChildren();
    const group = groups.find((g): g is GroupNode => g.kind === 'group' && g.status === status);
    assert.ok(group, status);
    return group;
  };

  it('opens the Completed group once it fills, and names each completed CV by its candidate', async () => {
    const api = await samsara();
    await resetQueue(api);
    const files = copyFixtures('treeNames', CVS);
    await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
    await api.tree.refresh();
    const empty = api.tree.getTreeItem(await groupOf('completed'));
    assert.equal(empty.collapsibleState, vscode.TreeItemCollapsibleState.None);

    await vscode.commands.executeCommand('samsara.resume');
    await api.app.whenDrained();
    await api.tree.refresh();
    const completed = await groupOf('completed');
    const filled = api.tree.getTreeItem(completed);
    assert.equal(filled.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.notEqual(filled.id, empty.id, 'a new id, so the workbench does not keep the empty group collapsed');

    const rows = await api.tree.getChildren(completed);
    assert.equal(rows.length, 3);
    for (const row of rows) {
      assert.ok(row.kind === 'cv');
      const item = api.tree.getTreeItem(row);
      const parsed = await api.app.parsed(row.cv.id);
      assert.equal(item.label, parsed?.contact.name ?? row.cv.fileName);
      const job = parsed?.work_history[0];
      if (job?.title) assert.ok(String(item.description).includes(job.title), String(item.description));
      // The tooltip is built when the row is hovered.
      const tooltip = api.tree.resolveTreeItem(item, row).tooltip as vscode.MarkdownString;
      assert.match(String(tooltip.value), /Path: .*Attempts: 1/s);
    }
  });

  it('follows corrections and the Reviewed mark: label, description, menus, Find CV', async () => {
    const api = await samsara();
    const [first] = await api.tree.getChildren(await groupOf('completed'));
    assert.ok(first.kind === 'cv');
    await api.app.reviews.correct(first.cv.id, [{ path: '/contact/name', value: 'Schuyler Corrected' }, { path: '/work_history/0', value: { title: 'Head of Review', company: 'Samsara' } }], 'tester');
    await vscode.commands.executeCommand('samsara.markReviewed', first.cv.id);
    await api.tree.refresh();
    const rows: QueueNode[] = await api.tree.getChildren(await groupOf('completed'));
    const row = rows.find((r) => r.kind === 'cv' && r.cv.id === first.cv.id);
    assert.ok(row);
    const item = api.tree.getTreeItem(row);
    assert.equal(item.label, 'Schuyler Corrected');
    assert.match(String(item.description), /^Head of Review at Samsara · corrected · reviewed$/);
    assert.equal(item.contextValue, 'cv:completed:corrected:reviewed');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'verified-filled');
    assert.ok((await api.app.search()).some((e) => e.name === 'Schuyler Corrected' && e.title === 'Head of Review'));

    await vscode.commands.executeCommand('samsara.markUnreviewed', row);
    assert.equal((await api.app.get(first.cv.id))?.reviewedAt, undefined);
    assert.equal((await api.app.reviews.get(first.cv.id))?.original.contact.name === 'Schuyler Corrected', false, 'the parse stays as it was');
  });
});
