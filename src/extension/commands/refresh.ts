import type { CommandDeps } from './commandDeps';

export function refresh(deps: CommandDeps) {
  return (): Promise<void> => deps.tree.refresh();
}
