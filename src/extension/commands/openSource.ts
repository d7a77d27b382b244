import * as vscode from 'vscode';
import type { CommandDeps } from './commandDeps';
import { currentCv } from './resultTarget';

export function openSource(deps: CommandDeps) {
  return async (uri?: vscode.Uri): Promise<void> => {
    const { cv } = await currentCv(deps, uri);
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(cv.filePath), { viewColumn: vscode.ViewColumn.One });
  };
}
