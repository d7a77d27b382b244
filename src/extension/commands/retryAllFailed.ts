import { type BulkArgs, confirmBulk } from '../bulkScope';
import type { CommandDeps } from './commandDeps';

/** Moves the failed CVs the view shows back to the queue, after asking. */
export function retryAllFailed(deps: CommandDeps) {
  return async (args?: BulkArgs): Promise<number> => {
    const target = await confirmBulk(deps, 'failed', 'Retry', args);
    return target ? deps.app.cvs.retryAllFailed(target.scope) : 0;
  };
}
