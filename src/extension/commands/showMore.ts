import type { CvStatus } from '../../core/queue/cvRecord';
import type { CommandDeps } from './commandDeps';

/** The "Show more" row at the end of a long group. */
export function showMore(deps: CommandDeps) {
  return (status: CvStatus): void => deps.tree.showMore(status);
}
