import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import { VIEWER_VIEW_TYPE } from '../review/cvViewer';
import type { CommandDeps } from './commandDeps';

/** The formats VS Code cannot show itself, which the extension's own viewer reads. */
const OWN_VIEWER = ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.odt'];

/** Opens the CV's file where this machine has it, else a read-only copy of the bytes the team database stored. */
export function openFile(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<void> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a CV in the queue first.');
    const { cv } = target;
    if (fs.existsSync(cv.filePath)) return show(cv.filePath);
    const bytes = cv.contentHash ? await deps.app.storedFile(cv.contentHash) : undefined;
    if (!bytes) throw new Error(`The file is not on this machine and the queue holds no copy of it: ${cv.filePath}`);
    await show(await deps.copies.create(bytes, cv.fileName));
  };
}

async function show(file: string): Promise<void> {
  const uri = vscode.Uri.file(file);
  if (OWN_VIEWER.includes(path.extname(file).toLowerCase())) await vscode.commands.executeCommand('vscode.openWith', uri, VIEWER_VIEW_TYPE);
  else await vscode.commands.executeCommand('vscode.open', uri);
}
