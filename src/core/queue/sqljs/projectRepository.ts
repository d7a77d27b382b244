import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/store';
import { type Row, all, one, run } from '../../db/sql';
import { type StatusCounts, isCvStatus, zeroCounts } from '../cvRecord';
import { type DeletedProject, type Project, ProjectError, type ProjectWithCounts, validProjectName } from '../project';
import type { ProjectRepository } from '../storage';

const COLUMNS = 'id, name, created_at';

/** Projects (the opening a batch of CVs was sent for) in the sql.js store. */
export class SqlJsProjectRepository implements ProjectRepository {
  constructor(private readonly store: Store) {}

  async list(): Promise<Project[]> {
    return this.listNow();
  }

  async listWithCounts(): Promise<ProjectWithCounts[]> {
    const byProject = new Map<string, StatusCounts>();
    for (const r of all(this.store.db, 'SELECT project_id, status, COUNT(*) AS n FROM cvs WHERE project_id IS NOT NULL GROUP BY project_id, status')) {
      const counts = byProject.get(String(r.project_id)) ?? zeroCounts();
      if (isCvStatus(r.status)) counts[r.status] = Number(r.n);
      byProject.set(String(r.project_id), counts);
    }
    return this.listNow().map((p) => {
      const counts = byProject.get(p.id) ?? zeroCounts();
      return { ...p, counts, cvCount: Object.values(counts).reduce((a, b) => a + b, 0) };
    });
  }

  async get(id: string): Promise<Project | undefined> {
    const r = one(this.store.db, `SELECT ${COLUMNS} FROM projects WHERE id = ?`, [id]);
    return r && toProject(r);
  }

  async cvCount(projectId: string): Promise<number> {
    return Number(one(this.store.db, 'SELECT COUNT(*) AS n FROM cvs WHERE project_id = ?', [projectId])?.n ?? 0);
  }

  async countWithoutProject(): Promise<number> {
    return Number(one(this.store.db, 'SELECT COUNT(*) AS n FROM cvs WHERE project_id IS NULL')?.n ?? 0);
  }

  async findByName(name: string): Promise<Project | undefined> {
    return this.findNow(name);
  }

  async ensure(name: string): Promise<Project> {
    const trimmed = validProjectName(name);
    return this.findNow(trimmed) ?? this.insert(trimmed);
  }

  async create(name: string, createdAt?: string): Promise<Project> {
    const trimmed = validProjectName(name);
    this.refuseTaken(trimmed);
    return this.insert(trimmed, createdAt);
  }

  async rename(id: string, newName: string): Promise<Project> {
    const project = this.require(id);
    const trimmed = validProjectName(newName);
    this.refuseTaken(trimmed, project.id);
    run(this.store.db, 'UPDATE projects SET name = ? WHERE id = ?', [trimmed, project.id]);
    this.store.markDirty();
    return { ...project, name: trimmed };
  }

  async delete(id: string, options: { removeCvs?: boolean } = {}): Promise<DeletedProject> {
    const project = this.require(id);
    return this.store.transaction(() => {
      const affected = options.removeCvs
        ? run(this.store.db, 'DELETE FROM cvs WHERE project_id = ?', [project.id])
        : run(this.store.db, 'UPDATE cvs SET project_id = NULL, updated_at = ? WHERE project_id = ?', [new Date().toISOString(), project.id]);
      run(this.store.db, 'DELETE FROM projects WHERE id = ?', [project.id]);
      return { project, cvsRemoved: options.removeCvs ? affected : 0, cvsKept: options.removeCvs ? 0 : affected };
    });
  }

  private listNow(): Project[] {
    return all(this.store.db, `SELECT ${COLUMNS} FROM projects ORDER BY name COLLATE NOCASE`).map(toProject);
  }

  private findNow(name: string): Project | undefined {
    const r = one(this.store.db, `SELECT ${COLUMNS} FROM projects WHERE name = ?`, [name]);
    if (r) return toProject(r);
    const key = name.toLowerCase();
    const matches = this.listNow().filter((p) => p.name.toLowerCase() === key);
    return matches.length === 1 ? matches[0] : undefined;
  }

  private require(id: string): Project {
    const r = one(this.store.db, `SELECT ${COLUMNS} FROM projects WHERE id = ?`, [id]);
    if (!r) throw new ProjectError('That project no longer exists.', 'NOT_FOUND');
    return toProject(r);
  }

  private insert(name: string, createdAt = new Date().toISOString()): Project {
    const project = { id: randomUUID(), name, createdAt };
    run(this.store.db, `INSERT INTO projects (${COLUMNS}) VALUES (?, ?, ?)`, [project.id, project.name, project.createdAt]);
    this.store.markDirty();
    return project;
  }

  // "Backend" and "backend" side by side would only confuse; a project may change its own case.
  private refuseTaken(name: string, exceptId?: string): void {
    const key = name.toLowerCase();
    const taken = this.listNow().find((p) => p.id !== exceptId && p.name.toLowerCase() === key);
    if (taken) throw new ProjectError(`A project named "${taken.name}" already exists.`, 'DUPLICATE');
  }
}

function toProject(r: Row): Project {
  return { id: String(r.id), name: String(r.name), createdAt: String(r.created_at) };
}
