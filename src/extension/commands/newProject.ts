import * as vscode from 'vscode';
import type { Project } from '../../core/queue/project';
import { createProjectInteractively } from '../prompts/pickProject';
import type { CommandDeps } from './commandDeps';

export function newProject(deps: CommandDeps) {
  return async (): Promise<Project | undefined> => {
    const project = await createProjectInteractively(deps.app.projects);
    if (!project) return undefined;
    void vscode.window.setStatusBarMessage(`Created the project "${project.name}"`, 3000);
    return project;
  };
}
