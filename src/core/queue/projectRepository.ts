import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store';
import { type Row, all, one, run } from '../db/sql';
import { type StatusCounts, isCvStatus, zeroCounts } from './cvRecord';

export interface Project {
  id: string;
  name: string;
  createdAt: string;
}

export interface ProjectWithCounts extends Project {
  cvCount: number;
  counts: StatusCounts;
}

export interface DeletedProject {
  project: Project;
  /** CVs deleted with the project (`removeCvs`), or else left without a project. */
  cvsRemoved: number;
  cvsKept: number;
}

/** A project operation refused, with a message worded for the user and a code for the UI. */
export class ProjectError extends Error {
  constructor(
    message: string,
    readonly code: 'EMPTY_NAME' | 'DUPLICATE' | 'NOT_FOUND',
  ) {
    super(message);
    this.name = 'ProjectError';
  }
}

const COLUMNS = 'id, name, created_at';

/** Projects: the opening a batch of CVs was sent for. */
export class ProjectRepository {
  constructor(private readonly store: Store) {}

  list(): Project[] {
    return all(this.store.db, `SELECT ${COLUMNS} FROM projects ORDER BY name COLLATE NOCASE`).map(toProject);
  }

  /** Every project with how many CVs it holds, in total and per status. */
  listWithCounts(): ProjectWithCounts[] {
    const byProject = new Map<string, StatusCounts>();
    for (const r of all(this.store.db, 'SELECT project_id, status, COUNT(*) AS n FROM cvs WHERE project_id IS NOT NULL GROUP BY project_id, status')) {
      const counts = byProject.get(String(r.project_id)) ?? zeroCounts();
      if (isCvStatus(r.status)) counts[r.status] = Number(r.n);
      byProject.set(String(r.project_id), counts);
    }
    return this.list().map((p) => {
      const counts = byProject.get(p.id) ?? zeroCounts();
      return { ...p, counts, cvCount: Object.values(counts).reduce((a, b) => a + b, 0) };
    });
  }

  /** How many CVs belong to the project (what "Delete project X with 12 CVs?" needs). */
  cvCount(projectId: string): number {
    return Number(one(this.store.db, 'SELECT COUNT(*) AS n FROM cvs WHERE project_id = ?', [projectId])?.n ?? 0);
  }

  countWithoutProject(): number {
    return Number(one(this.store.db, 'SELECT COUNT(*) AS n FROM cvs WHERE project_id IS NULL')?.n ?? 0);
  }

  /** The project of this name: written exactly so, else the one project that matches ignoring case. */
  findByName(name: string): Project | undefined {
    const r = one(this.store.db, `SELECT ${COLUMNS} FROM projects WHERE name = ?`, [name]);
    if (r) return toProject(r);
    const key = name.toLowerCase();
    const matches = this.list().filter((p) => p.name.toLowerCase() === key);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Returns the project with this name, creating it when there is none. */
  ensure(name: string): Project {
    const trimmed = validName(name);
    return this.findByName(trimmed) ?? this.insert(trimmed);
  }

  /** Creates a project; a name already taken (ignoring case) is refused. */
  create(name: string): Project {
    const trimmed = validName(name);
    this.refuseTaken(trimmed);
    return this.insert(trimmed);
  }

  rename(oldName: string, newName: string): Project {
    const project = this.require(oldName);
    const trimmed = validName(newName);
    this.refuseTaken(trimmed, project.id);
    run(this.store.db, 'UPDATE projects SET name = ? WHERE id = ?', [trimmed, project.id]);
    this.store.markDirty();
    return { ...project, name: trimmed };
  }

  /** Deletes a project; its CVs are deleted too with `removeCvs`, otherwise kept without a project. */
  delete(name: string, options: { removeCvs?: boolean } = {}): DeletedProject {
    const project = this.require(name);
    return this.store.transaction(() => {
      const affected = options.removeCvs
        ? run(this.store.db, 'DELETE FROM cvs WHERE project_id = ?', [project.id])
        : run(this.store.db, 'UPDATE cvs SET project_id = NULL, updated_at = ? WHERE project_id = ?', [new Date().toISOString(), project.id]);
      run(this.store.db, 'DELETE FROM projects WHERE id = ?', [project.id]);
      return { project, cvsRemoved: options.removeCvs ? affected : 0, cvsKept: options.removeCvs ? 0 : affected };
    });
  }

  /** The project with this name, or a NOT_FOUND error naming it. */
  require(name: string): Project {
    const project = this.findByName(name.trim());
    if (!project) throw new ProjectError(`No project named "${name.trim()}".`, 'NOT_FOUND');
    return project;
  }

  private insert(name: string): Project {
    const project = { id: randomUUID(), name, createdAt: new Date().toISOString() };
    run(this.store.db, `INSERT INTO projects (${COLUMNS}) VALUES (?, ?, ?)`, [project.id, project.name, project.createdAt]);
    this.store.markDirty();
    return project;
  }

  // "Backend" and "backend" side by side would only confuse; a project may change its own case.
  private refuseTaken(name: string, exceptId?: string): void {
    const key = name.toLowerCase();
    const taken = this.list().find((p) => p.id !== exceptId && p.name.toLowerCase() === key);
    if (taken) throw new ProjectError(`A project named "${taken.name}" already exists.`, 'DUPLICATE');
  }
}

function validName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new ProjectError('A project needs a name.', 'EMPTY_NAME');
  return trimmed;
}

function toProject(r: Row): Project {
  return { id: String(r.id), name: String(r.name), createdAt: String(r.created_at) };
}
