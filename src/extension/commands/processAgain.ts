import { selectedCvs } from '../commandTargets';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

/** Queues the selected completed CVs to be parsed again; their corrections stay. */
export function processAgain(deps: CommandDeps) {
  return (node?: QueueNode, nodes?: QueueNode[]): Promise<number> =>
    deps.app.cvs.processAgain(selectedCvs(node, nodes).filter((n) => n.cv.status === 'completed').map((n) => n.cv.id));
}
