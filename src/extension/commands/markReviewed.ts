import { reviewerName } from '../../core/app/reviewer';
import { reviewTargets } from '../commandTargets';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

/** Marks the selected processed CVs (or the one whose id is given) reviewed, in the user's name. */
export function markReviewed(deps: CommandDeps) {
  return setReviewedMark(deps, true);
}

/** Takes the Reviewed mark off the selected CVs (or the one whose id is given). */
export function markUnreviewed(deps: CommandDeps) {
  return setReviewedMark(deps, false);
}

function setReviewedMark(deps: CommandDeps, reviewed: boolean) {
  return async (node?: QueueNode | string, nodes?: QueueNode[]): Promise<number> => {
    const ids = reviewTargets(node, nodes);
    const by = reviewerName(deps.settings().userName);
    for (const id of ids) await deps.app.reviews.setReviewed(id, reviewed, by);
    return ids.length;
  };
}
