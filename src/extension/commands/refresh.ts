import type { CommandDeps } from './commandDeps';

export function refresh(deps: CommandDeps) {
  return (): void => deps.tree.refresh();
}
