import type { CvStatus } from '../../core/queue/cvRecord';
import type { ProjectScope } from '../../core/queue/cvRecord';

export const PAGE_SIZE = 500;

/**
 * How many CVs each group of the tree shows. A group is a status within a scope (a project,
 * the CVs without one, or all), so "Show more" in one project leaves the others as they are.
 */
export class PageSizes {
  private readonly shown = new Map<string, number>();

  get(status: CvStatus, scope: ProjectScope): number {
    return this.shown.get(key(status, scope)) ?? PAGE_SIZE;
  }

  grow(status: CvStatus, scope: ProjectScope): void {
    this.shown.set(key(status, scope), this.get(status, scope) + PAGE_SIZE);
  }

  clear(): void {
    this.shown.clear();
  }
}

function key(status: CvStatus, scope: ProjectScope): string {
  return `${scope === undefined ? '*' : (scope ?? 'none')}:${status}`;
}
