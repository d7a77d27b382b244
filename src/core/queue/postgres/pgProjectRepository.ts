import { randomUUID } from 'node:crypto';
import { type StatusCounts, isCvStatus, zeroCounts } from '../cvRecord';
import { type DeletedProject, type Project, ProjectError, type ProjectWithCounts, validProjectName } from '../project';
import type { ProjectRepository } from '../storage';
import type { PgDb } from './pgDb';
import { type PgRow, iso } from './pgRows';

const COLUMNS = 'id, name, created_at';

/** Projects on PostgreSQL; CV counts come from the counts table, not from the CVs. */
export class PgProjectRepository implements ProjectRepository {
  constructor(private readonly db: PgDb) {}

  async list(): Promise<Project[]> {
    return (await this.db.rows(`SELECT ${COLUMNS} FROM projects ORDER BY lower(name), name`)).map(toProject);
  }

  async listWithCounts(): Promise<ProjectWithCounts[]> {
    const byProject = new Map<string, StatusCounts>();
    for (const r of await this.db.rows(`SELECT project_key, status, sum(n) AS n FROM cv_counts WHERE project_key <> '' GROUP BY 1, 2 HAVING sum(n) <> 0`)) {
      const counts = byProject.get(String(r.project_key)) ?? zeroCounts();
      if (isCvStatus(r.status)) counts[r.status] = Number(r.n);
      byProject.set(String(r.project_key), counts);
    }
    return (await this.list()).map((p) => {
      const counts = byProject.get(p.id) ?? zeroCounts();
      return { ...p, counts, cvCount: Object.values(counts).reduce((a, b) => a + b, 0) };
    });
  }

  async get(id: string): Promise<Project | undefined> {
    const r = await this.db.one(`SELECT ${COLUMNS} FROM projects WHERE id = $1`, [id]);
    return r && toProject(r);
  }

  async cvCount(projectId: string): Promise<number> {
    return this.countFor(projectId);
  }

  async countWithoutProject(): Promise<number> {
    return this.countFor('');
  }

  async findByName(name: string): Promise<Project | undefined> {
    const exact = await this.db.one(`SELECT ${COLUMNS} FROM projects WHERE name = $1`, [name]);
    if (exact) return toProject(exact);
    const matches = await this.db.rows(`SELECT ${COLUMNS} FROM projects WHERE lower(name) = lower($1) LIMIT 2`, [name]);
    return matches.length === 1 ? toProject(matches[0]) : undefined;
  }

  async ensure(name: string): Promise<Project> {
    const trimmed = validProjectName(name);
    return (await this.findByName(trimmed)) ?? this.insert(trimmed);
  }

  async create(name: string, createdAt?: string): Promise<Project> {
    const trimmed = validProjectName(name);
    await this.refuseTaken(trimmed);
    return this.insert(trimmed, createdAt);
  }

  async rename(id: string, newName: string): Promise<Project> {
    const project = await this.require(id);
    const trimmed = validProjectName(newName);
    await this.refuseTaken(trimmed, project.id);
    await this.db.run('UPDATE projects SET name = $1 WHERE id = $2', [trimmed, project.id]);
    return { ...project, name: trimmed };
  }

  async delete(id: string, options: { removeCvs?: boolean } = {}): Promise<DeletedProject> {
    const project = await this.require(id);
    return this.db.transaction(async (client) => {
      const result = options.removeCvs
        ? await client.query('DELETE FROM cvs WHERE project_id = $1', [project.id])
        : await client.query('UPDATE cvs SET project_id = NULL, updated_at = now() WHERE project_id = $1', [project.id]);
      await client.query('DELETE FROM projects WHERE id = $1', [project.id]);
      const affected = result.rowCount ?? 0;
      return { project, cvsRemoved: options.removeCvs ? affected : 0, cvsKept: options.removeCvs ? 0 : affected };
    });
  }

  private async countFor(key: string): Promise<number> {
    return Number((await this.db.one('SELECT coalesce(sum(n), 0) AS n FROM cv_counts WHERE project_key = $1', [key]))?.n ?? 0);
  }

  private async require(id: string): Promise<Project> {
    const project = await this.get(id);
    if (!project) throw new ProjectError('That project no longer exists.', 'NOT_FOUND');
    return project;
  }

  private async insert(name: string, createdAt = new Date().toISOString()): Promise<Project> {
    const project = { id: randomUUID(), name, createdAt };
    await this.db.run(`INSERT INTO projects (${COLUMNS}) VALUES ($1, $2, $3)`, [project.id, project.name, project.createdAt]);
    return project;
  }

  // "Backend" and "backend" side by side would only confuse; a project may change its own case.
  private async refuseTaken(name: string, exceptId?: string): Promise<void> {
    const taken = await this.db.one(`SELECT name FROM projects WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2 LIMIT 1`, [name, exceptId ?? null]);
    if (taken) throw new ProjectError(`A project named "${String(taken.name)}" already exists.`, 'DUPLICATE');
  }
}

function toProject(r: PgRow): Project {
  return { id: String(r.id), name: String(r.name), createdAt: iso(r.created_at) ?? '' };
}
