import fs from 'node:fs';
import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import type { CommandDeps } from './commandDeps';

/** Opens the CV's file where this machine has it, else a read-only copy of the bytes the team database stored. */
export function openFile(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<void> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a CV in the queue first.');
    const { cv } = target;
    if (fs.existsSync(cv.filePath)) {
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(cv.filePath));
      return;
    }
    const bytes = cv.contentHash ? await deps.app.storedFile(cv.contentHash) : undefined;
    if (!bytes) throw new Error(`The file is not on this machine and the queue holds no copy of it: ${cv.filePath}`);
    const copy = await deps.copies.create(bytes, cv.fileName);
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(copy));
  };
}
