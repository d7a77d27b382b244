import type { CommandDeps } from './commandDeps';

export function showLog(deps: CommandDeps) {
  return (): void => deps.log.show(true);
}
