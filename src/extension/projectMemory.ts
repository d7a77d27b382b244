import type * as vscode from 'vscode';
import { PROJECT_MEMORY_KEY } from './ids';
import { type ProjectMemory, forget, remember } from './projectChoices';

/** The per-workspace memory of project choices, kept in the workspace state. */
export class ProjectMemoryStore {
  constructor(private readonly state: vscode.Memento) {}

  get(): ProjectMemory {
    return this.state.get<ProjectMemory>(PROJECT_MEMORY_KEY) ?? { recent: [] };
  }

  async choose(projectId: string | null): Promise<void> {
    await this.state.update(PROJECT_MEMORY_KEY, remember(this.get(), projectId));
  }

  async forget(projectId: string): Promise<void> {
    await this.state.update(PROJECT_MEMORY_KEY, forget(this.get(), projectId));
  }
}
