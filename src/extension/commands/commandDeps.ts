import type * as vscode from 'vscode';
import type { QueueApp } from '../../core/app/queueApp';
import type { QueueSettings } from '../../core/app/settings';
import type { ProjectMemoryStore } from '../projectMemory';
import type { ReviewPanels } from '../review/reviewPanels';
import type { TempCopies } from '../tempCopies';
import type { ProjectFilter } from '../views/projectFilter';
import type { QueueTreeProvider } from '../views/queueTree';

/** What every command may use; handed over by the composition root. */
export interface CommandDeps {
  app: QueueApp;
  tree: QueueTreeProvider;
  log: vscode.LogOutputChannel;
  memory: ProjectMemoryStore;
  filter: ProjectFilter;
  settings: () => QueueSettings;
  /** The open review panels, one per CV. */
  reviews: ReviewPanels;
  /** The system keychain: a team database's password lives here, never in the settings. */
  secrets: vscode.SecretStorage;
  /** Temporary read-only copies of stored CV files, for Open File. */
  copies: TempCopies;
}
