import type { CvStatus } from '../../core/queue/cvRecord';
import type { ProjectScope } from '../../core/queue/cvRecord';
import type { CommandDeps } from './commandDeps';

/** The "Show more" row at the end of a long group: that group (status in its project) grows. */
export function showMore(deps: CommandDeps) {
  return (status: CvStatus, projectId?: ProjectScope): void => deps.tree.showMore(status, projectId);
}
