// Sets up the workbench for README's screenshot (only when SAMSARA_SCREENSHOT is set): a queue
// with completed, failed and waiting CVs, the view open and one result shown. The picture itself
// is taken by scripts/integration/run.mjs through the browser when it sees the mark below.
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import { copyFixtures, resetQueue, samsara, setSetting } from './helpers';

const DONE = ['cv-001-macchiato.pdf', 'cv-004-orbit.pdf', 'cv-022-classic.pdf', 'cv-030-flat.docx', 'cv-032-short.odt', 'cv-035-orbit.md', 'cv-100-wordtabs.docx'];
const WAITING = ['cv-101-wordtable.pdf', 'cv-110-classic.pdf', 'cv-111-wordtabs.pdf'];
const BAD = ['encrypted-password.pdf', 'junk-archive.docx'];

export async function takeScreenshot(file: string): Promise<void> {
  const api = await samsara();
  await resetQueue(api);
  await setSetting('concurrency', 2);
  const add = (paths: string[]) =>
    vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(paths[0]), paths.map((p) => vscode.Uri.file(p)));
  const first = await add(copyFixtures('CVs', [...DONE.map((n) => `cvs/${n}`), ...BAD.map((n) => `bad/${n}`)]));
  await api.app.open();
  await api.app.setPaused(false);
  await api.app.whenDrained();
  await api.app.setPaused(true);
  await add(copyFixtures('CVs/incoming', WAITING.map((n) => `cvs/${n}`)));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('samsara.queue.focus');
  // A Markdown CV, so that the source can be shown beside its result.
  const shown = await api.app.get(first.queued.find((c) => c.fileName.endsWith('.md'))?.id ?? first.queued[0].id);
  await vscode.commands.executeCommand('samsara.openFile', { kind: 'cv', cv: shown });
  await vscode.commands.executeCommand('samsara.showResult', { kind: 'cv', cv: shown });
  api.tree.refresh();
  await new Promise((r) => setTimeout(r, 2000));
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  console.log('[samsara:screenshot]');
  const until = Date.now() + 20000;
  while (Date.now() < until && (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0) === before) await new Promise((r) => setTimeout(r, 100));
}
