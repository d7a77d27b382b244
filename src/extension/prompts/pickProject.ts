import * as vscode from 'vscode';
import type { QueueApp } from '../../core/app/queueApp';
import type { Project, ProjectWithCounts } from '../../core/queue/project';
import { type ProjectMemory, cvCountLabel, orderByRecent, projectNameProblem, rememberedProject } from '../projectChoices';
import type { ProjectMemoryStore } from '../projectMemory';
import { askText, pickOne } from './quickInputs';

type Projects = QueueApp['projects'];
type Choice = vscode.QuickPickItem & { projectId?: string | null; create?: boolean };

/**
 * The project CVs being added go to: `{ projectId }` (undefined: none), or undefined when the
 * user dismissed the question. Without `ask` the last choice is used.
 */
export async function chooseProjectForEnqueue(projects: Projects, memory: ProjectMemoryStore, ask: boolean): Promise<{ projectId?: string } | undefined> {
  const known = await projects.listWithCounts();
  if (!ask) return { projectId: rememberedProject(memory.get(), known) };
  const chosen = await pickEnqueueProject(projects, known, memory.get());
  if (chosen === undefined) return undefined;
  await memory.choose(chosen);
  return { projectId: chosen ?? undefined };
}

/** A project id, null for "No project", undefined when dismissed. */
async function pickEnqueueProject(projects: Projects, known: ProjectWithCounts[], mem: ProjectMemory): Promise<string | null | undefined> {
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
export async function createProjectInteractively(projects: Projects, title = 'New Project'): Promise<Project | undefined> {
  const known = await projects.list();
  const name = await askText({
    title, prompt: 'The name of the opening, e.g. "Backend Engineer Berlin"', placeholder: 'Project name',
    validate: (text) => projectNameProblem(text, known),
  });
  return name === undefined ? undefined : projects.create(name);
}

/** One existing project (with its counts), picked from a list; undefined when there are none or on Escape. */
export async function pickExistingProject(projects: Projects, title: string, placeholder: string, recent: readonly string[] = []): Promise<ProjectWithCounts | undefined> {
  const known = orderByRecent(await projects.listWithCounts(), recent);
  if (!known.length) throw new Error('There are no projects yet. Create one with "Samsara: New Project…".');
  const picked = await pickOne(known.map((p) => ({ label: p.name, description: cvCountLabel(p.cvCount), project: p })), { title, placeholder });
  return picked?.project;
}
