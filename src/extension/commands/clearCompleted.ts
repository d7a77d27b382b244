import type { CommandDeps } from './commandDeps';

/** Removes completed CVs (and their results) from the queue; the files stay where they are. */
export function clearCompleted(deps: CommandDeps) {
  return (): Promise<number> => deps.queue.removeByStatus('completed');
}
