import { type BulkArgs, confirmBulk } from '../bulkScope';
import type { CommandDeps } from './commandDeps';

/** Removes the completed CVs (and their results) the view shows, after asking; the files stay where they are. */
export function clearCompleted(deps: CommandDeps) {
  return async (args?: BulkArgs): Promise<number> => {
    const target = await confirmBulk(deps, 'completed', 'Remove', args);
    return target ? deps.app.cvs.clearCompleted(target.scope) : 0;
  };
}
