import type { QueueNode } from '../views/queueNodes';
import { type CommandDeps, selectedCvs } from './commandDeps';

export function retry(deps: CommandDeps) {
  return (node?: QueueNode, nodes?: QueueNode[]): Promise<number> =>
    deps.queue.retry(selectedCvs(node, nodes).filter((n) => n.cv.status === 'failed').map((n) => n.cv.id));
}
