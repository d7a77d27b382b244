import type { Project } from '../../core/queue/projectRepository';
import { projectNameProblem } from '../projectChoices';
import { pickExistingProject } from '../views/pickProject';
import { askText } from '../views/quickInputs';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';
import { projectOf } from './projectOf';

export function renameProject(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<Project | undefined> => {
    const q = await deps.queue.open();
    const target = projectOf(node) ?? (await pickExistingProject(q.projects, 'Rename Project', 'The project to rename', deps.memory.get().recent));
    if (!target) return undefined;
    const name = await askText({
      title: `Rename "${target.name}"`, prompt: 'The new name of the project', value: target.name,
      validate: (text) => projectNameProblem(text, q.projects.list(), target.id),
    });
    if (name === undefined || name === target.name) return undefined;
    const renamed = q.projects.rename(target.name, name);
    deps.log.info(`Renamed the project "${target.name}" to "${renamed.name}"`);
    deps.filter.onProjectChanged(renamed.id, renamed.name);
    deps.tree.refresh();
    return renamed;
  };
}
