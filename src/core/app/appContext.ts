import type { Logger } from '../logger';
import type { QueueStorage } from '../queue/storage';
import type { QueueWorker } from '../queue/worker';
import type { QueueEvents } from './queueEvents';
import type { QueueSettings } from './settings';

/** What the parts of the application layer share: the opened queue, its worker, its events. */
export interface AppContext {
  /** The queue's storage, opened on first use. */
  storage(): Promise<QueueStorage>;
  /** The worker, when this process processes CVs. */
  worker(): QueueWorker | undefined;
  readonly events: QueueEvents;
  readonly logger: Logger;
  settings(): QueueSettings;
}
