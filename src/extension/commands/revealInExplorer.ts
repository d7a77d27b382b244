import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import type { CommandDeps } from './commandDeps';

export function revealInExplorer(_deps: CommandDeps) {
  return async (node?: QueueNode): Promise<void> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a CV in the queue first.');
    const uri = vscode.Uri.file(target.cv.filePath);
    // Files outside the workspace are not in the explorer: show them in the system's file manager.
    if (vscode.workspace.getWorkspaceFolder(uri)) await vscode.commands.executeCommand('revealInExplorer', uri);
    else await vscode.commands.executeCommand('revealFileInOS', uri);
  };
}
