import type { Logger } from '../logger';
import type { SaveState } from '../queue/storage';

/** The part of the worker that pausing for a failed save needs. */
interface Pausable {
  readonly isPaused: boolean;
  pause(): void;
  resume(): void;
}

/**
 * Stops taking CVs while the database cannot be saved (a full disk, a folder made read-only):
 * results that cannot reach the disk pile up in memory and are lost if the process ends. The
 * work done so far stays in memory and is written by the next save that succeeds; processing then
 * goes on by itself, unless the user paused it meanwhile.
 */
export class SavePause {
  /** Why saving fails, until a save succeeds again. */
  failure: string | undefined;
  private pausedByIt = false;

  constructor(
    private readonly worker: () => Pausable | undefined,
    private readonly canResume: () => boolean,
    private readonly logger: Logger,
  ) {}

  saveStateChanged(state: SaveState): void {
    this.failure = state.failure;
    const worker = this.worker();
    if (state.failure) {
      if (!worker || worker.isPaused) return;
      worker.pause();
      this.pausedByIt = true;
      this.logger.warn('Processing paused: the database could not be saved. It goes on once a save succeeds.');
    } else if (this.pausedByIt) {
      this.pausedByIt = false;
      if (!worker || !this.canResume()) return;
      worker.resume();
      this.logger.info('The database was saved again; processing goes on.');
    }
  }

  /** The user paused or resumed: their choice stands once saving works again. */
  userChose(): void {
    this.pausedByIt = false;
  }
}
