import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import type { CommandDeps } from './commandDeps';

export function openFile(_deps: CommandDeps) {
  return async (node?: QueueNode): Promise<void> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a CV in the queue first.');
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(target.cv.filePath));
  };
}
