import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import { resetQueue, samsara, writeFiles } from './helpers';

describe('queue actions from the view', () => {
  it('cancel, remove, retry all failed, pause and resume, and clear completed', async () => {
    const api = await samsara();
    await resetQueue(api);
    const files = writeFiles('actions', { 'ada.txt': 'Ada Lovelace\nada@example.com', 'bob.txt': 'Bob Byte\nbob@example.com', 'cyd.txt': 'Cyd Chip\ncyd@example.com' });
    const uris = files.map((f) => vscode.Uri.file(f));
    const { queued } = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', uris[0], uris);
    const [ada, bob] = queued.map((cv) => ({ kind: 'cv' as const, cv }));
    await api.app.open();

    assert.equal(await vscode.commands.executeCommand('samsara.cancel', ada, [ada]), 1);
    assert.equal((await api.app.get(ada.cv.id))?.status, 'failed');
    assert.equal((await api.app.get(ada.cv.id))?.errorMessage, 'Cancelled');
    api.tree.refresh();
    const failedGroup = (await api.tree.getChildren())[3];
    const [cancelled] = await api.tree.getChildren(failedGroup);
    assert.equal(api.tree.getTreeItem(cancelled).description, 'Cancelled');

    assert.equal(await vscode.commands.executeCommand('samsara.remove', bob), 1);
    assert.equal(await api.app.get(bob.cv.id), undefined);

    assert.equal(await vscode.commands.executeCommand('samsara.retryAllFailed', { confirmed: true }), 1);
    assert.equal((await api.app.get(ada.cv.id))?.status, 'queued');

    await vscode.commands.executeCommand('samsara.resume');
    assert.equal(api.app.isPaused, false);
    await api.app.whenDrained();
    await vscode.commands.executeCommand('samsara.pause');
    assert.equal(api.app.isPaused, true);
    assert.deepEqual(await api.app.counts(), { queued: 0, processing: 0, completed: 2, failed: 0 });

    assert.equal(await vscode.commands.executeCommand('samsara.clearCompleted', { confirmed: true }), 2);
    api.tree.refresh();
    assert.deepEqual(await api.tree.getChildren(), [], 'an empty queue shows the welcome view');
  });
});
