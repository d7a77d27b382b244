import { Emitter } from '../events';
import type { Project } from '../queue/project';
import type { SaveState } from '../queue/storage';
import type { CvChange } from '../queue/worker';

export type { CvChange } from '../queue/worker';

/** Many CVs changed at once (enqueue, retry, remove, a setting or pause): lists are stale. */
export interface BulkChange {
  /** 'shared': another client of a shared queue changed it. */
  reason: 'opened' | 'enqueued' | 'retried' | 'cancelled' | 'removed' | 'processing' | 'shared';
}

export interface ProjectsChange {
  kind: 'created' | 'renamed' | 'deleted';
  project: Project;
}

/**
 * The application layer's change events: the only source the CLI and the extension listen to,
 * whatever changed the queue (a command, the worker, a setting).
 */
export class QueueEvents {
  private readonly cv = new Emitter<CvChange>();
  private readonly bulk = new Emitter<BulkChange>();
  private readonly projects = new Emitter<ProjectsChange>();
  private readonly saves = new Emitter<SaveState>();

  /** One CV changed status (the worker took it, finished it, or it was cancelled). */
  readonly onDidChangeCv = this.cv.event;
  readonly onDidChangeMany = this.bulk.event;
  readonly onDidChangeProjects = this.projects.event;
  /** Background saves of the embedded store started to fail (`failure` set) or work again. */
  readonly onDidChangeSaveState = this.saves.event;

  cvChanged(change: CvChange): void {
    this.cv.fire(change);
  }

  manyChanged(reason: BulkChange['reason']): void {
    this.bulk.fire({ reason });
  }

  projectsChanged(change: ProjectsChange): void {
    this.projects.fire(change);
  }

  saveStateChanged(state: SaveState): void {
    this.saves.fire(state);
  }
}
