import type { Project } from '../core/queue/project';
import type { ProjectNode } from './views/projectNodes';
import type { CvNode, QueueNode } from './views/queueNodes';

/**
 * The CVs a tree command acts on: with several selected VS Code passes (clicked, selection);
 * from a keybinding only the first may come.
 */
export function selectedCvs(node?: QueueNode, nodes?: readonly QueueNode[]): CvNode[] {
  const list = nodes && nodes.length ? nodes : node ? [node] : [];
  return list.filter((n): n is CvNode => n?.kind === 'cv');
}

/**
 * The completed CVs a review command acts on: the selected rows, or one CV's id when another
 * part of the extension (the review panel) runs the command.
 */
export function reviewTargets(node?: QueueNode | string, nodes?: readonly QueueNode[]): string[] {
  if (typeof node === 'string') return [node];
  const ids = selectedCvs(node, nodes).filter((n) => n.cv.status === 'completed').map((n) => n.cv.id);
  if (!ids.length) throw new Error('Select a processed CV in the CV Queue view first.');
  return ids;
}

/** The project a tree row stands for, when the command was run from a project row. */
export function projectOf(node: QueueNode | undefined): Pick<Project, 'id' | 'name'> | undefined {
  const p = node?.kind === 'project' ? (node as ProjectNode) : undefined;
  return p?.projectId ? { id: p.projectId, name: p.name } : undefined;
}
