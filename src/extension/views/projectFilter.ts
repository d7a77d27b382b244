import * as vscode from 'vscode';
import { CONTEXT_KEYS } from '../ids';
import type { FilterScope } from './projectNodes';
import type { QueueTreeProvider } from './queueTree';

/**
 * The project the tree is filtered to, shown as the view's description ("Project: Backend
 * Berlin"), after the team database the queue lives in, if any.
 */
export class ProjectFilter {
  private scope: FilterScope | undefined;

  constructor(
    private readonly view: vscode.TreeView<unknown>,
    private readonly tree: QueueTreeProvider,
    /** "Team: hiring on db:5432" for a team database; nothing for the embedded one. */
    private readonly place?: string,
  ) {
    this.view.description = place;
    // A fresh view (activation, restart) starts unfiltered, whatever the window showed before.
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.projectFiltered, false);
  }

  get current(): FilterScope | undefined {
    return this.scope;
  }

  /** What the view's title shows beside its name. */
  get description(): string | undefined {
    return this.view.description;
  }

  set(scope: FilterScope | undefined): void {
    this.scope = scope;
    this.view.description = [this.place, scope ? `Project: ${scope.name}` : undefined].filter(Boolean).join(' · ') || undefined;
    this.tree.setProjectFilter(scope);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.projectFiltered, scope !== undefined);
  }

  /** A project was renamed or deleted: the filter follows it, or ends with it. */
  onProjectChanged(projectId: string, newName: string | undefined): void {
    if (this.scope?.projectId !== projectId) return;
    this.set(newName === undefined ? undefined : { projectId, name: newName });
  }
}
