import * as vscode from 'vscode';
import type { EnqueueResult } from '../../core/queue/enqueue';
import type { CommandDeps } from './commandDeps';
import { enqueueAndReport } from '../enqueueReport';

/** "Add Files to CV Queue…": a picker for CV files (folders are added from the explorer). */
export function addFiles(deps: CommandDeps) {
  return async (): Promise<EnqueueResult | undefined> => {
    const uris = await vscode.window.showOpenDialog({
      canSelectMany: true, canSelectFiles: true, canSelectFolders: false, openLabel: 'Add to CV Queue',
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      filters: { CVs: deps.settings().fileTypes.map((t) => t.replace(/^\./, '')), 'All files': ['*'] },
    });
    if (!uris?.length) return undefined;
    return enqueueAndReport(deps, uris);
  };
}
