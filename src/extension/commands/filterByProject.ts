import { cvCountLabel } from '../projectChoices';
import { pickOne } from '../prompts/quickInputs';
import { NO_PROJECT_NAME } from '../views/projectNodes';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

export function filterByProject(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<boolean> => {
    if (node?.kind === 'project') {
      deps.filter.set({ projectId: node.projectId, name: node.name });
      return true;
    }
    const projects = await deps.app.projects.listWithCounts();
    const items = [
      ...projects.map((p) => ({ label: p.name, description: cvCountLabel(p.cvCount), scope: { projectId: p.id as string | null, name: p.name } })),
      { label: NO_PROJECT_NAME, description: cvCountLabel(await deps.app.projects.countWithoutProject()), scope: { projectId: null, name: NO_PROJECT_NAME } },
    ];
    const current = deps.filter.current;
    const active = current && items.find((i) => i.scope.projectId === current.projectId);
    const picked = await pickOne(items, { title: 'Filter by Project', placeholder: 'Show the CVs of one project', active });
    if (!picked) return false;
    deps.filter.set(picked.scope);
    return true;
  };
}
