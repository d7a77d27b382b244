import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store';
import { all, one } from '../db/sql';

export interface Project {
  id: string;
  name: string;
  createdAt: string;
}

/** Projects: the opening a batch of CVs was sent for. */
export class ProjectRepository {
  constructor(private readonly store: Store) {}

  list(): Project[] {
    return all(this.store.db, 'SELECT id, name, created_at FROM projects ORDER BY name COLLATE NOCASE').map((r) => ({
      id: String(r.id), name: String(r.name), createdAt: String(r.created_at),
    }));
  }

  findByName(name: string): Project | undefined {
    const r = one(this.store.db, 'SELECT id, name, created_at FROM projects WHERE name = ?', [name]);
    return r && { id: String(r.id), name: String(r.name), createdAt: String(r.created_at) };
  }

  /** Returns the project with this name, creating it when there is none. */
  ensure(name: string): Project {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A project needs a name.');
    const existing = this.findByName(trimmed);
    if (existing) return existing;
    const project = { id: randomUUID(), name: trimmed, createdAt: new Date().toISOString() };
    this.store.db.run('INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)', [project.id, project.name, project.createdAt]);
    this.store.markDirty();
    return project;
  }
}
