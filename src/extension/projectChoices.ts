import type { Project } from '../core/queue/project';
import { plural } from '../core/plural';

/** What "Add to CV Queue" remembers per workspace: the last choice and the projects used lately. */
export interface ProjectMemory {
  /** The last project chosen; null for "No project"; undefined before the first choice. */
  last?: string | null;
  /** Project ids, most recently used first. */
  recent: string[];
}

export const RECENT_LIMIT = 10;

/** Projects used lately first (most recent first), then the rest in their given (alphabetical) order. */
export function orderByRecent<P extends Pick<Project, 'id'>>(projects: readonly P[], recent: readonly string[]): P[] {
  const rank = new Map(recent.map((id, i) => [id, i]));
  const used = projects.filter((p) => rank.has(p.id)).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [...used, ...projects.filter((p) => !rank.has(p.id))];
}

/** The memory after choosing `projectId` (null: "No project"). */
export function remember(memory: ProjectMemory, projectId: string | null): ProjectMemory {
  const recent = projectId === null ? memory.recent : [projectId, ...memory.recent.filter((id) => id !== projectId)].slice(0, RECENT_LIMIT);
  return { last: projectId, recent };
}

/** The memory once a project is gone: it is neither recent nor the last choice any more. */
export function forget(memory: ProjectMemory, projectId: string): ProjectMemory {
  return { last: memory.last === projectId ? undefined : memory.last, recent: memory.recent.filter((id) => id !== projectId) };
}

/** The project to use without asking: the last one chosen while it still exists, else none. */
export function rememberedProject(memory: ProjectMemory, projects: readonly Pick<Project, 'id'>[]): string | undefined {
  return memory.last && projects.some((p) => p.id === memory.last) ? memory.last : undefined;
}

/**
 * Why a name cannot be used for a project, or undefined when it can: the same rules as
 * ProjectRepository (a name, not taken by another project ignoring case), said while typing.
 */
export function projectNameProblem(name: string, projects: readonly Project[], exceptId?: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'A project needs a name.';
  const taken = projects.find((p) => p.id !== exceptId && p.name.toLowerCase() === trimmed.toLowerCase());
  return taken ? `A project named "${taken.name}" already exists.` : undefined;
}

/** "12 CVs", "1 CV", "no CVs". */
export function cvCountLabel(n: number): string {
  return n === 0 ? 'no CVs' : plural(n, 'CV');
}
