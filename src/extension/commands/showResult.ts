import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { cvIdOf, resultUri } from '../views/resultDocument';
import { type CommandDeps, selectedCvs } from './commandDeps';

/** Opens the parsed CV as a read-only Markdown document beside the current editor. */
export function showResult(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<vscode.TextEditor> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a completed CV in the queue first.');
    const q = await deps.queue.open();
    const cv = q.cvs.getCV(target.cv.id);
    if (!cv) throw new Error(`${target.cv.fileName} is no longer in the queue.`);
    if (cv.status !== 'completed') throw new Error(`${cv.fileName} has no result yet (it is ${cv.status}).`);
    const doc = await vscode.workspace.openTextDocument(resultUri(cv));
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  };
}

/** The CV behind the active result document (editor title actions). */
async function currentCv(deps: CommandDeps, uri?: vscode.Uri) {
  const id = cvIdOf(uri ?? vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('none:'));
  if (!id) throw new Error('Open a parsed CV (Show Result) first.');
  const q = await deps.queue.open();
  const cv = q.cvs.getCV(id);
  if (!cv) throw new Error('This CV is no longer in the queue.');
  return { q, cv };
}

export function copyJson(deps: CommandDeps) {
  return async (uri?: vscode.Uri): Promise<string> => {
    const { q, cv } = await currentCv(deps, uri);
    const parsed = q.cvs.getParsedCV(cv.id);
    if (!parsed) throw new Error(`${cv.fileName} has no result yet.`);
    const json = JSON.stringify(parsed, null, 2);
    await vscode.env.clipboard.writeText(json);
    void vscode.window.setStatusBarMessage(`Copied the parsed ${cv.fileName} as JSON`, 3000);
    return json;
  };
}

export function openSource(deps: CommandDeps) {
  return async (uri?: vscode.Uri): Promise<void> => {
    const { cv } = await currentCv(deps, uri);
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(cv.filePath), { viewColumn: vscode.ViewColumn.One });
  };
}
