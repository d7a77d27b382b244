import * as vscode from 'vscode';
import { projectOf } from '../commandTargets';
import { cvCountLabel } from '../projectChoices';
import { pickExistingProject } from '../prompts/pickProject';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

/** What to do with a deleted project's CVs; given as an argument it skips the question. */
export type DeleteMode = 'keep' | 'remove';

/** Deletes a project; one with CVs asks first whether they stay (without a project) or go too. */
export function deleteProject(deps: CommandDeps) {
  return async (node?: QueueNode | string, mode?: DeleteMode): Promise<boolean> => {
    const { projects } = deps.app;
    const target = typeof node === 'string' ? await projects.require(node) : (projectOf(node) ?? (await pickExistingProject(projects, 'Delete Project', 'The project to delete', deps.memory.get().recent)));
    if (!target) return false;
    const count = await projects.cvCount(target.id);
    const choice = count === 0 ? 'keep' : (mode ?? (await askDeleteMode(target.name, count)));
    if (!choice) return false;
    await projects.delete(target.id, { removeCvs: choice === 'remove' });
    return true;
  };
}

async function askDeleteMode(name: string, count: number): Promise<DeleteMode | undefined> {
  const keep = 'Keep CVs';
  const remove = 'Delete CVs Too';
  const choice = await vscode.window.showWarningMessage(
    `Delete the project "${name}"? It has ${cvCountLabel(count)}.`,
    { modal: true, detail: `"${keep}" leaves them in the queue without a project; "${remove}" removes them and their parsed results (never the files).` },
    keep, remove,
  );
  return choice === keep ? 'keep' : choice === remove ? 'remove' : undefined;
}
