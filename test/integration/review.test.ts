import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { JsonExportEntry } from '../../src/core/export/json';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { ReviewPanel } from '../../src/extension/review/reviewPanels';
import { copyFixtures, extensionRoot, hasParser, openReview, resetQueue, samsara, waitFor, workspaceDir } from './helpers';

const PDF = 'cvs/cv-001-macchiato.pdf';
const DOCX = 'cvs/cv-030-flat.docx';

describe('the review panel and the read-only viewer', function () {
  before(function () {
    if (!hasParser()) this.skip();
  });

  let ids: Record<string, string> = {};

  const open = (name: string): Promise<ReviewPanel> => openReview(ids[name]);

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

  it('keeps edits made through the panel: after a reload the panel, Find CV, JSON Resume and the CLI export carry them', async () => {
    const api = await samsara();
    const id = ids['cv-001-macchiato.pdf'];
    const before = await api.app.parsed(id);
    assert.ok(before?.contact.name && before.work_history.length);
    const EMAIL = 'reviewed.candidate@example.org';
    const TITLE = 'Head of Candidate Reviews';
    const panel = await open('cv-001-macchiato.pdf');
    const saved = await panel.receive({ type: 'edit', changes: [{ path: '/contact/email', value: EMAIL }, { path: '/work_history/0/title', value: TITLE }] });
    assert.equal(saved.post?.type, 'saved', JSON.stringify(saved.post).slice(0, 300));

    await api.restart(); // what a window reload does: every service built again from the stored queue
    const reopened = await open('cv-001-macchiato.pdf');
    assert.notEqual(reopened, panel, 'the reload closed the old panel');
    const loaded = (await reopened.receive({ type: 'ready' })).post;
    assert.ok(loaded?.type === 'load');
    assert.equal(loaded.review.effective.contact.email, EMAIL);
    assert.equal(loaded.review.effective.work_history[0].title, TITLE);
    assert.deepEqual([...loaded.review.corrected].sort(), ['/contact/email', '/work_history/0/title']);
    const review = await api.app.reviews.get(id);
    assert.equal(review?.original.contact.email, before.contact.email, 'the parser’s result is kept');
    assert.equal(review?.original.work_history[0].title, before.work_history[0].title);

    const finding = vscode.commands.executeCommand<string>('samsara.findCv');
    const pick = await waitFor('the Find CV prompt', () => api.prompt?.title === 'Find CV' && (api.prompt as vscode.QuickPick<vscode.QuickPickItem>), 10000);
    const row = pick.items.find((i) => i.label === before.contact.name);
    assert.match(row?.description ?? '', new RegExp(`${EMAIL.replace(/\./g, '\\.')}.*${TITLE}`));
    pick.hide();
    assert.equal(await finding, undefined);

    const resumes = path.join(workspaceDir(), 'review-export');
    await vscode.commands.executeCommand('samsara.exportCvs', { format: 'jsonresume', project: null, target: resumes });
    const written = fs.readdirSync(resumes).map((f) => JSON.parse(fs.readFileSync(path.join(resumes, f), 'utf8')));
    const resume = written.find((r) => r.basics?.name === before.contact.name);
    assert.equal(resume?.basics.email, EMAIL);
    assert.equal(resume?.work[0].position, TITLE);

    // The CLI opens the same file once the window has let it go.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.app.close();
    const cli = path.join(extensionRoot(), 'dist', 'cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--db', api.dbFile, 'export', '--format', 'json'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    await api.app.open();
    const exported = (JSON.parse(stdout) as JsonExportEntry[]).find((e) => e.id === id);
    assert.equal(exported?.parsed?.contact.email, EMAIL);
    assert.equal(exported?.parsed?.work_history[0].title, TITLE);
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
