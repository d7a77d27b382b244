import path from 'node:path';
import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import { VIEWER_VIEW_TYPE } from '../review/cvViewer';
import type { CommandDeps } from './commandDeps';

/** The formats VS Code cannot show itself, which the extension's own viewer reads. */
const OWN_VIEWER = ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.odt'];

export function openFile(_deps: CommandDeps) {
  return async (node?: QueueNode): Promise<void> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a CV in the queue first.');
    const uri = vscode.Uri.file(target.cv.filePath);
    if (OWN_VIEWER.includes(path.extname(uri.fsPath).toLowerCase())) await vscode.commands.executeCommand('vscode.openWith', uri, VIEWER_VIEW_TYPE);
    else await vscode.commands.executeCommand('vscode.open', uri);
  };
}
