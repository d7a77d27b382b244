import type { StatusCounts } from './cvRecord';

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

/** The trimmed name, or an EMPTY_NAME error. */
export function validProjectName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new ProjectError('A project needs a name.', 'EMPTY_NAME');
  return trimmed;
}
