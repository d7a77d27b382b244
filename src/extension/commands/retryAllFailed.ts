import * as vscode from 'vscode';
import type { CommandDeps } from './commandDeps';

export function retryAllFailed(deps: CommandDeps) {
  return async (): Promise<number> => {
    const n = await deps.queue.retry();
    if (n === 0) void vscode.window.showInformationMessage('No failed CVs to retry.');
    return n;
  };
}
