import * as vscode from 'vscode';
import { cvIdOf } from '../views/resultDocument';
import type { CommandDeps } from './commandDeps';

/** The CV behind the active result document (editor title actions). */
export async function currentCv(deps: CommandDeps, uri?: vscode.Uri) {
  const id = cvIdOf(uri ?? vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('none:'));
  if (!id) throw new Error('Open a parsed CV (Show Result) first.');
  const q = await deps.queue.open();
  const cv = q.cvs.getCV(id);
  if (!cv) throw new Error('This CV is no longer in the queue.');
  return { q, cv };
}
