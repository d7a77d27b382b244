import { CV_STATUSES } from '../../core/queue/cvRecord';
import type { QueueApp } from '../../core/app/queueApp';
import type { GroupNode } from './queueNodes';

/** A project at the top of the tree when it is grouped Project → Status; null: CVs without one. */
export type ProjectNode = { kind: 'project'; projectId: string | null; name: string; count: number };

/** The one project whose CVs the tree is filtered to; projectId null: the CVs without one. */
export interface FilterScope {
  projectId: string | null;
  name: string;
}

export const NO_PROJECT_NAME = 'No project';

/** Every project, then "No project" when some CVs have none. */
export async function projectNodes(app: QueueApp): Promise<ProjectNode[]> {
  const nodes: ProjectNode[] = (await app.projects.listWithCounts()).map((p) => ({ kind: 'project', projectId: p.id, name: p.name, count: p.cvCount }));
  const without = await app.projects.countWithoutProject();
  if (without) nodes.push({ kind: 'project', projectId: null, name: NO_PROJECT_NAME, count: without });
  return nodes;
}

/** The four status groups of one project (null: without a project), or of every CV (undefined). */
export async function statusGroups(app: QueueApp, projectId: string | null | undefined): Promise<GroupNode[]> {
  const counts = await app.counts(projectId);
  return CV_STATUSES.map((status) => ({ kind: 'group', status, count: counts[status], projectId }));
}
