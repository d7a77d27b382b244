import type { EnqueueResult } from '../../core/queue/enqueue';
import { report } from '../enqueueReport';
import type { CommandDeps } from './commandDeps';

export interface DuplicatesArgs {
  paths: string[];
  projectId?: string;
}

/** "Add Duplicates Anyway" on the enqueue notification: queues the skipped copies after all. */
export function addDuplicates(deps: CommandDeps) {
  return async (args?: DuplicatesArgs): Promise<EnqueueResult | undefined> => {
    if (!args?.paths.length) return undefined;
    const result = await deps.app.cvs.enqueue(args.paths, { projectId: args.projectId, force: true });
    report(deps, result, { projectId: args.projectId });
    return result;
  };
}
