import type { QueueApp } from '../core/app/queueApp';
import type { QueueStorage } from '../core/queue/storage';
import type { ReviewPanels } from './review/reviewPanels';
import type { SaveFailureNotice } from './saveFailureNotice';
import type { ProjectFilter } from './views/projectFilter';
import type { QueueIndicators } from './views/queueIndicators';
import type { QueueTreeProvider } from './views/queueTree';

/** What activate() builds on one queue; a database switch builds it again on the other. */
export interface Services {
  app: QueueApp;
  storage(): QueueStorage | undefined;
  tree: QueueTreeProvider;
  filter: ProjectFilter;
  reviews: ReviewPanels;
  saveNotice: SaveFailureNotice;
  indicators: QueueIndicators;
  /** Settles once the workbench has let go of everything, the view included. */
  dispose(): Promise<void>;
}
