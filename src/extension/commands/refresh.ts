import type { CvStatus } from '../../core/queue/cvRecord';
import type { CommandDeps } from './commandDeps';

export function refresh(deps: CommandDeps) {
  return (): void => deps.tree.refresh();
}

/** The "Show more" row at the end of a long group. */
export function showMore(deps: CommandDeps) {
  return (status: CvStatus): void => deps.tree.showMore(status);
}
