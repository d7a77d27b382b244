import type { QueueNode } from '../views/queueNodes';
import { selectedCvs } from '../commandTargets';
import type { ReviewPanel } from '../review/reviewPanels';
import type { CommandDeps } from './commandDeps';

/** Opens the review panel of a completed CV: the document beside its parsed fields. */
export function showResult(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<ReviewPanel> => {
    const [target] = selectedCvs(node);
    if (!target) throw new Error('Select a completed CV in the queue first.');
    const cv = await deps.app.get(target.cv.id);
    if (!cv) throw new Error(`${target.cv.fileName} is no longer in the queue.`);
    if (cv.status !== 'completed') throw new Error(`${cv.fileName} has no result yet (it is ${cv.status}).`);
    const review = await deps.app.reviews.get(cv.id);
    return deps.reviews.show(cv, `Review: ${review?.effective.contact.name || cv.fileName}`);
  };
}
