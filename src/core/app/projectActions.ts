import { plural } from '../plural';
import { type DeletedProject, type Project, ProjectError, type ProjectWithCounts } from '../queue/project';
import type { AppContext } from './appContext';
import type { CvActions } from './cvActions';

/** Projects as the user handles them: by name when typed, by id once picked. */
export class ProjectActions {
  constructor(
    private readonly ctx: AppContext,
    private readonly cvs: CvActions,
  ) {}

  private async repo() {
    return (await this.ctx.storage()).projects;
  }

  async list(): Promise<Project[]> {
    return (await this.repo()).list();
  }

  async listWithCounts(): Promise<ProjectWithCounts[]> {
    return (await this.repo()).listWithCounts();
  }

  async countWithoutProject(): Promise<number> {
    return (await this.repo()).countWithoutProject();
  }

  async cvCount(projectId: string): Promise<number> {
    return (await this.repo()).cvCount(projectId);
  }

  async findByName(name: string): Promise<Project | undefined> {
    return (await this.repo()).findByName(name.trim());
  }

  /** The project with this name, or a NOT_FOUND error naming it. */
  async require(name: string): Promise<Project> {
    const project = await this.findByName(name);
    if (!project) throw new ProjectError(`No project named "${name.trim()}".`, 'NOT_FOUND');
    return project;
  }

  /** The project with this name, created when there is none. */
  async ensure(name: string): Promise<Project> {
    const repo = await this.repo();
    const existing = await repo.findByName(name.trim());
    if (existing) return existing;
    return this.created(await repo.ensure(name));
  }

  async create(name: string): Promise<Project> {
    return this.created(await (await this.repo()).create(name));
  }

  async rename(id: string, newName: string): Promise<Project> {
    const project = await (await this.repo()).rename(id, newName);
    this.ctx.logger.info(`Renamed a project to "${project.name}"`);
    this.ctx.events.projectsChanged({ kind: 'renamed', project });
    return project;
  }

  /** Deletes a project; its CVs go too with `removeCvs` (any being parsed is stopped first), else stay without one. */
  async delete(id: string, options: { removeCvs?: boolean } = {}): Promise<DeletedProject> {
    const storage = await this.ctx.storage();
    let removed = 0;
    if (options.removeCvs) removed = await this.cvs.remove((await storage.cvs.listAll(id)).map((cv) => cv.id));
    const deleted = await storage.projects.delete(id, options);
    const result = { ...deleted, cvsRemoved: deleted.cvsRemoved + removed };
    const cvs = result.cvsRemoved ? ` and its ${plural(result.cvsRemoved, 'CV')}` : result.cvsKept ? `; its ${plural(result.cvsKept, 'CV')} stay without a project` : '';
    this.ctx.logger.info(`Deleted the project "${deleted.project.name}"${cvs}`);
    this.ctx.events.projectsChanged({ kind: 'deleted', project: deleted.project });
    this.ctx.events.manyChanged('removed');
    return result;
  }

  private created(project: Project): Project {
    this.ctx.logger.info(`Created the project "${project.name}"`);
    this.ctx.events.projectsChanged({ kind: 'created', project });
    return project;
  }
}
