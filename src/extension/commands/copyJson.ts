import * as vscode from 'vscode';
import type { CommandDeps } from './commandDeps';
import { currentCv } from './resultTarget';

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
