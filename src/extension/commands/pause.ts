import type { CommandDeps } from './commandDeps';

export function pause(deps: CommandDeps) {
  return (): Promise<void> => deps.app.setPaused(true);
}
