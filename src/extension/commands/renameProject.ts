import type { Project } from '../../core/queue/project';
import { projectOf } from '../commandTargets';
import { projectNameProblem } from '../projectChoices';
import { pickExistingProject } from '../prompts/pickProject';
import { askText } from '../prompts/quickInputs';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

export function renameProject(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<Project | undefined> => {
    const { projects } = deps.app;
    const target = projectOf(node) ?? (await pickExistingProject(projects, 'Rename Project', 'The project to rename', deps.memory.get().recent));
    if (!target) return undefined;
    const known = await projects.list();
    const name = await askText({
      title: `Rename "${target.name}"`, prompt: 'The new name of the project', value: target.name,
      validate: (text) => projectNameProblem(text, known, target.id),
    });
    if (name === undefined || name === target.name) return undefined;
    return projects.rename(target.id, name);
  };
}
