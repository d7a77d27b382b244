import { selectedCvs } from '../commandTargets';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

export function cancel(deps: CommandDeps) {
  return (node?: QueueNode, nodes?: QueueNode[]): Promise<number> =>
    deps.app.cvs.cancel(selectedCvs(node, nodes).filter((n) => n.cv.status === 'queued' || n.cv.status === 'processing').map((n) => n.cv.id));
}
