import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { ReviewPanel } from '../../src/extension/review/reviewPanels';
import { copyFixtures, extensionRoot, hasParser, resetQueue, samsara } from './helpers';

const GOOD = ['cvs/cv-001-macchiato.pdf', 'cvs/cv-030-flat.docx', 'cvs/cv-035-orbit.md'];
const BAD = 'bad/encrypted-password.pdf';

describe('processing with the real parser', function () {
  before(function () {
    if (!hasParser()) this.skip(); // dist/parseThread.js is built from src/core/queue/parseThread.ts
  });

  let ids: Record<string, string> = {};

  it('completes real sample CVs and fails a broken one with its reason', async () => {
    const api = await samsara();
    await resetQueue(api);
    const files = copyFixtures('processing', [...GOOD, BAD]);
    const result = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
    ids = Object.fromEntries(result.queued.map((c) => [c.fileName, c.id]));
    assert.equal(result.queued.length, 4);
    await vscode.commands.executeCommand('samsara.resume');
    await api.app.whenDrained();
    await api.app.open();
    assert.deepEqual(await api.app.counts(), { queued: 0, processing: 0, completed: 3, failed: 1 });
    const failed = await api.app.get(ids['encrypted-password.pdf']);
    assert.match(failed?.errorMessage ?? '', /encrypt|password/i);
    const truth = JSON.parse(fs.readFileSync(path.join(extensionRoot(), 'test/fixtures/cvs/cv-001-macchiato.truth.json'), 'utf8'));
    assert.equal((await api.app.parsed(ids['cv-001-macchiato.pdf']))?.contact.email, truth.contact.email);

    api.tree.refresh();
    const groups = await api.tree.getChildren();
    const failedGroup = groups[3];
    const [failedNode] = await api.tree.getChildren(failedGroup);
    const item = api.tree.getTreeItem(failedNode);
    assert.equal(item.contextValue, 'cv:failed');
    assert.match(String(item.description), /encrypt|password/i);
    assert.equal((item.iconPath as vscode.ThemeIcon).color?.id, 'testing.iconFailed');
  });

  it('Show Result opens the review panel, whose Copy JSON copies the result', async () => {
    const api = await samsara();
    await api.app.open();
    const cv = await api.app.get(ids['cv-001-macchiato.pdf']);
    assert.ok(cv);
    const panel = await vscode.commands.executeCommand<ReviewPanel>('samsara.showResult', { kind: 'cv', cv });
    const parsed = await api.app.parsed(cv.id);
    assert.ok(parsed?.contact.name);
    assert.equal(panel.panel.title, `Review: ${parsed.contact.name}`);
    await panel.receive({ type: 'copyJson' });
    assert.equal(JSON.parse(await vscode.env.clipboard.readText()).contact.email, parsed.contact.email);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('retry moves a failed CV back to the queue, where it fails again with the same reason', async () => {
    const api = await samsara();
    await api.app.open();
    await api.app.setPaused(true);
    const cv = await api.app.get(ids['encrypted-password.pdf']);
    assert.equal(cv?.status, 'failed');
    const moved = await vscode.commands.executeCommand<number>('samsara.retry', { kind: 'cv', cv });
    assert.equal(moved, 1);
    const back = await api.app.get(cv.id);
    assert.equal(back?.status, 'queued');
    assert.equal(back?.attempts, 0);
    assert.equal(back?.errorMessage, undefined);
    await vscode.commands.executeCommand('samsara.resume');
    await api.app.whenDrained();
    assert.match((await api.app.get(cv.id))?.errorMessage ?? '', /encrypt|password/i);
  });
});
