import * as vscode from 'vscode';
import type { ProjectRepository, ProjectWithCounts } from '../../core/queue/projectRepository';
import { type ProjectMemory, cvCountLabel, forget, orderByRecent, projectNameProblem, remember, rememberedProject } from '../projectChoices';
import { askText, pickOne } from './quickInputs';

const MEMORY_KEY = 'samsara.projectMemory';

type Choice = vscode.QuickPickItem & { projectId?: string | null; create?: boolean };

/** The per-workspace memory of project choices, kept in the workspace state. */
export class ProjectMemoryStore {
  constructor(private readonly state: vscode.Memento) {}

  get(): ProjectMemory {
    return this.state.get<ProjectMemory>(MEMORY_KEY) ?? { recent: [] };
  }

  async choose(projectId: string | null): Promise<void> {
    await this.state.update(MEMORY_KEY, remember(this.get(), projectId));
  }

  async forget(projectId: string): Promise<void> {
    await this.state.update(MEMORY_KEY, forget(this.get(), projectId));
  }
}

/**
 * The project CVs being added go to: `{ projectId }` (undefined: none), or undefined when the
 * user dismissed the question. With `samsara.askForProject` off the last choice is used.
 */
export async function chooseProjectForEnqueue(projects: ProjectRepository, memory: ProjectMemoryStore): Promise<{ projectId?: string } | undefined> {
  const known = projects.listWithCounts();
  if (!vscode.workspace.getConfiguration('samsara').get<boolean>('askForProject', true)) {
    return { projectId: rememberedProject(memory.get(), known) };
  }
  const chosen = await pickEnqueueProject(projects, known, memory.get());
  if (chosen === undefined) return undefined;
  await memory.choose(chosen);
  return { projectId: chosen ?? undefined };
}

/** A project id, null for "No project", undefined when dismissed. */
async function pickEnqueueProject(projects: ProjectRepository, known: ProjectWithCounts[], mem: ProjectMemory): Promise<string | null | undefined> {
  const recent = new Set(mem.recent);
  const items: Choice[] = orderByRecent(known, mem.recent).map((p) => ({
    label: p.name, projectId: p.id, description: cvCountLabel(p.cvCount) + (p.id === mem.last ? ' · last used' : recent.has(p.id) ? ' · recent' : ''),
  }));
  const none: Choice = { label: 'No project', projectId: null, iconPath: new vscode.ThemeIcon('circle-slash') };
  const create: Choice = { label: 'New project…', create: true, iconPath: new vscode.ThemeIcon('add') };
  const all = [...items, none, create];
  // The last choice is preselected, so Enter repeats it.
  const active = mem.last === null ? none : (items.find((i) => i.projectId === mem.last) ?? items[0] ?? none);
  const picked = await pickOne(all, { title: 'Add to CV Queue', placeholder: 'The project (opening) these CVs are for', active });
  if (!picked) return undefined;
  if (!picked.create) return picked.projectId ?? null;
  const created = await createProjectInteractively(projects);
  return created?.id;
}

/** Asks for a new project's name (refusing empty and taken names while typing) and creates it. */
export async function createProjectInteractively(projects: ProjectRepository, title = 'New Project') {
  const name = await askText({
    title, prompt: 'The name of the opening, e.g. "Backend Engineer Berlin"', placeholder: 'Project name',
    validate: (text) => projectNameProblem(text, projects.list()),
  });
  return name === undefined ? undefined : projects.create(name);
}

/** One existing project (with its counts), picked from a list; undefined when there are none or on Escape. */
export async function pickExistingProject(projects: ProjectRepository, title: string, placeholder: string, recent: readonly string[] = []): Promise<ProjectWithCounts | undefined> {
  const known = orderByRecent(projects.listWithCounts(), recent);
  if (!known.length) throw new Error('There are no projects yet. Create one with "Samsara: New Project…".');
  const picked = await pickOne(known.map((p) => ({ label: p.name, description: cvCountLabel(p.cvCount), project: p })), { title, placeholder });
  return picked?.project;
}
