import * as vscode from 'vscode';
import { cvCountLabel } from '../projectChoices';
import { pickExistingProject } from '../views/pickProject';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';
import { projectOf } from './projectOf';

/** What to do with a deleted project's CVs; given as an argument it skips the question. */
export type DeleteMode = 'keep' | 'remove';

/** Deletes a project; one with CVs asks first whether they stay (without a project) or go too. */
export function deleteProject(deps: CommandDeps) {
  return async (node?: QueueNode | string, mode?: DeleteMode): Promise<boolean> => {
    const q = await deps.queue.open();
    const target = typeof node === 'string' ? q.projects.require(node) : (projectOf(node) ?? (await pickExistingProject(q.projects, 'Delete Project', 'The project to delete', deps.memory.get().recent)));
    if (!target) return false;
    const count = q.projects.cvCount(target.id);
    const choice = count === 0 ? 'keep' : (mode ?? (await askDeleteMode(target.name, count)));
    if (!choice) return false;
    // CVs go through the queue's own removal, which stops any being parsed first.
    if (choice === 'remove') await deps.queue.remove(q.cvs.listAll(target.id).map((cv) => cv.id));
    const result = q.projects.delete(target.name);
    await deps.memory.forget(target.id);
    deps.filter.onProjectChanged(target.id, undefined);
    deps.log.info(`Deleted the project "${target.name}"${count ? (choice === 'remove' ? ` and its ${cvCountLabel(count)}` : `; its ${cvCountLabel(result.cvsKept)} stay without a project`) : ''}`);
    deps.tree.refresh();
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
