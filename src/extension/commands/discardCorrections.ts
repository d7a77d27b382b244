import * as vscode from 'vscode';
import { plural } from '../../core/plural';
import { reviewTargets } from '../commandTargets';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

/** Drops the corrections of the selected CVs (or the one whose id is given) after asking: they cannot be brought back. */
export function discardCorrections(deps: CommandDeps) {
  return async (node?: QueueNode | string, nodes?: QueueNode[]): Promise<number> => {
    const ids = reviewTargets(node, nodes);
    const ok = await vscode.window.showWarningMessage(
      `Discard the corrections of ${plural(ids.length, 'CV')}? ${ids.length === 1 ? 'It shows' : 'They show'} again what the parser read.`,
      { modal: true }, 'Discard',
    );
    if (ok !== 'Discard') return 0;
    for (const id of ids) await deps.app.reviews.discardCorrections(id);
    return ids.length;
  };
}
