import type { CommandDeps } from './commandDeps';

export function pause(deps: CommandDeps) {
  return (): Promise<void> => deps.queue.setPaused(true);
}

export function resume(deps: CommandDeps) {
  return (): Promise<void> => deps.queue.setPaused(false);
}
