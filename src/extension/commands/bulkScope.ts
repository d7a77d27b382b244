import * as vscode from 'vscode';
import type { CvStatus } from '../../core/queue/cvRecord';
import type { ProjectScope } from '../../core/queue/storage';
import { plural } from '../../core/plural';
import type { CommandDeps } from './commandDeps';

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
  const what = `${plural(count, `${status} CV`)}${scope ? ` of ${scope.name}` : ''}`;
  if (count === 0) {
    void vscode.window.showInformationMessage(`No ${status} CVs${scope ? ` in ${scope.name}` : ''}.`);
    return undefined;
  }
  if (!args.confirmed) {
    const ok = await vscode.window.showWarningMessage(`${verb} ${what}?`, { modal: true }, verb);
    if (ok !== verb) return undefined;
  }
  return { scope: scope?.projectId };
}
