import * as vscode from 'vscode';
import type { Project } from '../../core/queue/projectRepository';
import { createProjectInteractively } from '../views/pickProject';
import type { CommandDeps } from './commandDeps';

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
