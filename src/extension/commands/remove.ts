import * as vscode from 'vscode';
import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import type { CommandDeps } from './commandDeps';
import { plural } from '../../core/plural';

export function remove(deps: CommandDeps) {
  return async (node?: QueueNode, nodes?: QueueNode[]): Promise<number> => {
    const ids = selectedCvs(node, nodes).map((n) => n.cv.id);
    // One CV goes at once; a batch asks first, since its parsed results go with it.
    if (ids.length > 1) {
      const ok = await vscode.window.showWarningMessage(`Remove ${plural(ids.length, 'CV')} from the queue?`, { modal: true }, 'Remove');
      if (ok !== 'Remove') return 0;
    }
    return deps.app.cvs.remove(ids);
  };
}
