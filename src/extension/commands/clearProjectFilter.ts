import type { CommandDeps } from './commandDeps';

export function clearProjectFilter(deps: CommandDeps) {
  return (): void => deps.filter.set(undefined);
}
