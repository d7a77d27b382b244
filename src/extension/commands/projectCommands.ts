import * as vscode from 'vscode';
import type { Project } from '../../core/queue/projectRepository';
import { cvCountLabel, projectNameProblem } from '../projectChoices';
import { createProjectInteractively, pickExistingProject } from '../views/pickProject';
import { NO_PROJECT_NAME, type ProjectNode } from '../views/projectNodes';
import { askText, pickOne } from '../views/quickInputs';
import type { QueueNode } from '../views/queueNodes';
import type { CommandDeps } from './commandDeps';

/** What to do with a deleted project's CVs; given as an argument it skips the question. */
export type DeleteMode = 'keep' | 'remove';

export function newProject(deps: CommandDeps) {
  return async (): Promise<Project | undefined> => {
    const q = await deps.queue.open();
    const project = await createProjectInteractively(q.projects);
    if (!project) return undefined;
    deps.log.info(`Created the project "${project.name}"`);
    deps.tree.refresh();
    void vscode.window.setStatusBarMessage(`Created the project "${project.name}"`, 3000);
    return project;
  };
}

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

export function filterByProject(deps: CommandDeps) {
  return async (node?: QueueNode): Promise<boolean> => {
    if (node?.kind === 'project') {
      deps.filter.set({ projectId: node.projectId, name: node.name });
      return true;
    }
    const q = await deps.queue.open();
    const projects = q.projects.listWithCounts();
    const items = [
      ...projects.map((p) => ({ label: p.name, description: cvCountLabel(p.cvCount), scope: { projectId: p.id as string | null, name: p.name } })),
      { label: NO_PROJECT_NAME, description: cvCountLabel(q.projects.countWithoutProject()), scope: { projectId: null, name: NO_PROJECT_NAME } },
    ];
    const current = deps.filter.current;
    const active = current && items.find((i) => i.scope.projectId === current.projectId);
    const picked = await pickOne(items, { title: 'Filter by Project', placeholder: 'Show the CVs of one project', active });
    if (!picked) return false;
    deps.filter.set(picked.scope);
    return true;
  };
}

export function clearProjectFilter(deps: CommandDeps) {
  return (): void => deps.filter.set(undefined);
}

function projectOf(node: QueueNode | undefined): Pick<Project, 'id' | 'name'> | undefined {
  const p = node?.kind === 'project' ? (node as ProjectNode) : undefined;
  return p?.projectId ? { id: p.projectId, name: p.name } : undefined;
}
