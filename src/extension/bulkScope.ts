import * as vscode from 'vscode';
import type { CvStatus } from '../core/queue/cvRecord';
import type { ProjectScope } from '../core/queue/cvRecord';
import { bulkQuestion, nothingToDo } from './bulkQuestion';
import type { CommandDeps } from './commands/commandDeps';

export interface BulkArgs {
  /** Skips the question (keybindings, tests). */
  confirmed?: boolean;
}

/**
 * The CVs a bulk action in the view's title takes: those of the status in the project the view
 * is filtered to (else all), once the user agreed to the count; undefined when there are none
 * or the user declined.
 */
export async function confirmBulk(deps: CommandDeps, status: CvStatus, verb: string, args: BulkArgs = {}): Promise<{ scope: ProjectScope } | undefined> {
  const scope = deps.filter.current;
  const count = (await deps.app.counts(scope?.projectId))[status];
  if (count === 0) {
    void vscode.window.showInformationMessage(nothingToDo(status, scope?.name));
    return undefined;
  }
  if (!args.confirmed) {
    const ok = await vscode.window.showWarningMessage(bulkQuestion(verb, count, status, scope?.name), { modal: true }, verb);
    if (ok !== verb) return undefined;
  }
  return { scope: scope?.projectId };
}
