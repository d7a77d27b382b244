import type * as vscode from 'vscode';
import type { QueueApp } from '../core/app/queueApp';
import type { QueueStorage } from '../core/queue/storage';
import { activePrompt } from './prompts/quickInputs';
import type { ReviewPanels } from './review/reviewPanels';
import type { SaveFailureNotice } from './saveFailureNotice';
import type { Services } from './services';
import type { ProjectFilter } from './views/projectFilter';
import type { QueueIndicators } from './views/queueIndicators';
import type { QueueTreeProvider } from './views/queueTree';

/** What activate() returns; used by the integration tests, not a public API. */
export interface SamsaraApi {
  readonly tree: QueueTreeProvider;
  /** The application layer the commands and the view use. */
  readonly app: QueueApp;
  readonly dbFile: string;
  /** The storage once opened, for tests that set up many rows at once. */
  readonly storage: QueueStorage | undefined;
  /** The project filter of the view. */
  readonly filter: ProjectFilter;
  /** The quick pick or input box the extension shows right now, if any. */
  readonly prompt: vscode.QuickInput | undefined;
  /** The open review panels; a test sends the webview's messages through them. */
  readonly reviews: ReviewPanels;
  /** The notice shown while the database cannot be saved, and the status bar item's words. */
  readonly saveNotice: SaveFailureNotice;
  readonly status: QueueIndicators['status'];
  /** Closes the queue and builds everything again from the same storage, as a reload does. */
  restart(): Promise<void>;
}

/** Each read goes to the services current at the time, so a test keeps working across a database switch. */
export function testApi(current: () => Services, dbFile: string, restart: () => Promise<void>): SamsaraApi {
  return {
    get tree() {
      return current().tree;
    },
    get app() {
      return current().app;
    },
    dbFile,
    get storage() {
      return current().storage();
    },
    get filter() {
      return current().filter;
    },
    get reviews() {
      return current().reviews;
    },
    get prompt() {
      return activePrompt();
    },
    get saveNotice() {
      return current().saveNotice;
    },
    get status() {
      return current().indicators.status;
    },
    restart,
  };
}
