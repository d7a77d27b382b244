import type { Project } from '../../core/queue/projectRepository';
import type { ProjectNode } from '../views/projectNodes';
import type { QueueNode } from '../views/queueNodes';

/** The project a tree row stands for, when the command was run from a project row. */
export function projectOf(node: QueueNode | undefined): Pick<Project, 'id' | 'name'> | undefined {
  const p = node?.kind === 'project' ? (node as ProjectNode) : undefined;
  return p?.projectId ? { id: p.projectId, name: p.name } : undefined;
}
