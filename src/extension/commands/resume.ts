import type { CommandDeps } from './commandDeps';

/** Refused in an untrusted workspace: processing waits for trust. */
export function resume(deps: CommandDeps) {
  return (): Promise<void> => deps.app.setPaused(false);
}
