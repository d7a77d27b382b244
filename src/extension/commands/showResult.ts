import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { resultUri } from '../views/resultDocument';
import { selectedCvs } from '../commandTargets';
import type { CommandDeps } from './commandDeps';

/** Opens the parsed CV as a read-only Markdown document beside the current editor. */
export function showResult(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<vscode.TextEditor> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a completed CV in the queue first.');
    const cv = await deps.app.get(target.cv.id);
    if (!cv) throw new Error(`${target.cv.fileName} is no longer in the queue.`);
    if (cv.status !== 'completed') throw new Error(`${cv.fileName} has no result yet (it is ${cv.status}).`);
    const doc = await vscode.workspace.openTextDocument(resultUri(cv));
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  };
}
