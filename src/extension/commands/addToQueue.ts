import * as vscode from 'vscode';
import type { EnqueueResult } from '../../core/queue/enqueue';
import { enqueueAndReport } from '../enqueueReport';
import { COMMAND_IDS } from '../ids';
import type { CommandDeps } from './commandDeps';

/** Explorer / editor title: `(clicked, selection)`; from the palette, the active editor's file. */
export function addToQueue(deps: CommandDeps) {
  return async (uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<EnqueueResult | undefined> => {
    const picked = uris && uris.length ? uris : uri ? [uri] : activeFile();
    if (!picked.length) return vscode.commands.executeCommand<EnqueueResult | undefined>(COMMAND_IDS.addFiles);
    return enqueueAndReport(deps, picked);
  };
}

function activeFile(): vscode.Uri[] {
  const uri = vscode.window.activeTextEditor?.document.uri ?? activeTabUri();
  return uri && uri.scheme === 'file' ? [uri] : [];
}

/** PDFs and DOCX files open in custom editors, which have no TextEditor. */
function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input && typeof input === 'object' && 'uri' in input && input.uri instanceof vscode.Uri ? input.uri : undefined;
}
