import * as vscode from 'vscode';
import { currentCv } from '../commandTargets';
import type { CommandDeps } from './commandDeps';

export function openSource(deps: CommandDeps) {
  return async (uri?: vscode.Uri): Promise<void> => {
    const cv = await currentCv(deps.app, uri);
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(cv.filePath), { viewColumn: vscode.ViewColumn.One });
  };
}
