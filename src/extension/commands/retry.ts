import { selectedCvs } from '../commandTargets';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

export function retry(deps: CommandDeps) {
  return (node?: QueueNode, nodes?: QueueNode[]): Promise<number> =>
    deps.app.cvs.retry(selectedCvs(node, nodes).filter((n) => n.cv.status === 'failed').map((n) => n.cv.id));
}
