import type * as vscode from 'vscode';
import type { QueueService } from '../queueService';
import type { ProjectMemoryStore } from '../views/pickProject';
import type { ProjectFilter } from '../views/projectFilter';
import type { QueueTreeProvider } from '../views/queueTree';
import type { CvNode, QueueNode } from '../views/queueNodes';

/** What every command may use; handed over by the composition root. */
export interface CommandDeps {
  queue: QueueService;
  tree: QueueTreeProvider;
  log: vscode.LogOutputChannel;
  memory: ProjectMemoryStore;
  filter: ProjectFilter;
}

export type CommandHandler = (...args: never[]) => unknown;

/**
 * The CVs a tree command acts on: with several selected VS Code passes (clicked, selection);
 * from a keybinding only the first may come.
 */
export function selectedCvs(node?: QueueNode, nodes?: readonly QueueNode[]): CvNode[] {
  const list = nodes && nodes.length ? nodes : node ? [node] : [];
  return list.filter((n): n is CvNode => n?.kind === 'cv');
}
