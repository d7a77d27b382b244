import * as vscode from 'vscode';
import { currentCv } from '../commandTargets';
import type { CommandDeps } from './commandDeps';

export function copyJson(deps: CommandDeps) {
  return async (uri?: vscode.Uri): Promise<string> => {
    const cv = await currentCv(deps.app, uri);
    const parsed = await deps.app.parsed(cv.id);
    if (!parsed) throw new Error(`${cv.fileName} has no result yet.`);
    const json = JSON.stringify(parsed, null, 2);
    await vscode.env.clipboard.writeText(json);
    void vscode.window.setStatusBarMessage(`Copied the parsed ${cv.fileName} as JSON`, 3000);
    return json;
  };
}
