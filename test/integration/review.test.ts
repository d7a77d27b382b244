import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { ReviewPanel } from '../../src/extension/review/reviewPanels';
import { copyFixtures, hasParser, resetQueue, samsara } from './helpers';

const PDF = 'cvs/cv-001-macchiato.pdf';
const DOCX = 'cvs/cv-030-flat.docx';

describe('the review panel and the read-only viewer', function () {
  before(function () {
    if (!hasParser()) this.skip();
  });

  let ids: Record<string, string> = {};

  async function open(name: string): Promise<ReviewPanel> {
    const api = await samsara();
    const cv = await api.app.get(ids[name]);
    assert.ok(cv);
    return vscode.commands.executeCommand<ReviewPanel>('samsara.showResult', { kind: 'cv', cv });
  }

  it('opens a completed PDF beside its fields; pdf.js draws the pages in the webview', async () => {
    const api = await samsara();
    await resetQueue(api);
    const files = copyFixtures('review', [PDF, DOCX]);
    const result = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
    ids = Object.fromEntries(result.queued.map((c) => [c.fileName, c.id]));
    await vscode.commands.executeCommand('samsara.resume');
    await api.app.whenDrained();
    const panel = await open('cv-001-macchiato.pdf');
    const parsed = await api.app.parsed(ids['cv-001-macchiato.pdf']);
    assert.equal(panel.panel.title, `Review: ${parsed?.contact.name}`);
    assert.deepEqual(await panel.shown, { pages: 1, error: undefined });
    // The webview asked for its data as soon as its script ran.
    assert.equal(panel.lastPosted?.type, 'load');
    assert.equal(panel.lastPosted.type === 'load' && panel.lastPosted.review.effective.contact.email, parsed?.contact.email);
    assert.equal(await open('cv-001-macchiato.pdf'), panel, 'opening it again brings the same panel forward');
  });

  it('shows a DOCX as HTML, and copies the result as Markdown and JSON', async () => {
    const api = await samsara();
    const panel = await open('cv-030-flat.docx');
    assert.deepEqual(await panel.shown, { pages: undefined, error: undefined });
    const parsed = await api.app.parsed(ids['cv-030-flat.docx']);
    const json = await panel.receive({ type: 'copyJson' });
    assert.equal(JSON.parse(await vscode.env.clipboard.readText()).contact.email, parsed?.contact.email);
    assert.equal(json.post?.type, 'copied');
    await panel.receive({ type: 'copyMarkdown' });
    assert.ok((await vscode.env.clipboard.readText()).startsWith(`# ${parsed?.contact.name}`));
  });

  it('Open File shows a PDF in the extension’s own viewer, not as text', async () => {
    const api = await samsara();
    const cv = await api.app.get(ids['cv-001-macchiato.pdf']);
    await vscode.commands.executeCommand('samsara.openFile', { kind: 'cv', cv });
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputCustom, 'a custom editor tab');
    assert.equal(input.viewType, 'samsara.cvViewer');
    assert.equal(input.uri.fsPath, cv?.filePath);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
