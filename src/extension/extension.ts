import path from 'node:path';
import * as vscode from 'vscode';
import { QueueApp } from '../core/app/queueApp';
import { scheduleRetention } from '../core/app/retention';
import { reviewerName } from '../core/app/reviewer';
import { type QueueSettings, type SettingKey, readSettings } from '../core/app/settings';
import { errorMessage } from '../core/logger';
import { type DatabaseChoice, parseDatabaseSetting, passwordKey, withPassword } from '../core/app/teamDatabase';
import type { QueueStorage } from '../core/queue/storage';
import { ThreadedStorage } from '../core/queue/storeThread/threadedStorage';
import { registerCommands } from './commands/registry';
import { CONFIG_SECTION, CONTEXT_KEYS, type ContextKey, VIEW_ID } from './ids';
import { channelLogger } from './logChannel';
import { CvViewerProvider, VIEWER_VIEW_TYPE } from './review/cvViewer';
import { ReviewMessageHandler } from './review/reviewHandler';
import { ReviewPanels } from './review/reviewPanels';
import { ProjectMemoryStore } from './projectMemory';
import { SaveFailureNotice } from './saveFailureNotice';
import { activePrompt } from './prompts/quickInputs';
import { TempCopies } from './tempCopies';
import { ProjectFilter } from './views/projectFilter';
import { QueueIndicators } from './views/queueIndicators';
import { QueueTreeProvider } from './views/queueTree';

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

interface Services {
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

// deactivate() takes no arguments: this is how it reaches what activate() built.
let running: Services | undefined;

export function activate(context: vscode.ExtensionContext): SamsaraApi {
  const log = vscode.window.createOutputChannel('Samsara CV Queue', { log: true });
  context.subscriptions.push(log);
  const storageDir = (context.storageUri ?? context.globalStorageUri).fsPath;
  const dbFile = path.join(storageDir, 'samsara.db');
  running = compose(context, log, dbFile, Promise.resolve());
  log.info(`Activated; the queue lives in ${describeChoice(databaseChoice(), dbFile)}`);
  // One switch at a time: a second database change waits for the first to finish.
  let switching = Promise.resolve();
  const restart = (): Promise<void> => {
    const next = switching.then(() => rebuild(context, log, dbFile));
    switching = next.catch(() => undefined);
    return next;
  };
  // Connecting to or leaving a team database reopens everything on the other queue, as a reload would.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${CONFIG_SECTION}.database`)) return;
      log.info(`The queue now lives in ${describeChoice(databaseChoice(), dbFile)}`);
      void restart().catch((err: unknown) => log.error(`Could not switch the queue: ${errorMessage(err)}`));
    }),
  );
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

export async function deactivate(): Promise<void> {
  const services = running;
  running = undefined;
  if (!services) return;
  const disposed = services.dispose();
  await services.app.close();
  await disposed;
}

/**
 * Builds everything again while the old queue closes. The old services stay current until the
 * new ones replace them, so the extension is never without them (whatever reads it during a
 * database switch finds the old queue or the new one, not none); the new queue opens only once
 * the old one has closed and released its file.
 */
async function rebuild(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, dbFile: string): Promise<void> {
  const previous = running;
  const disposed = previous?.dispose();
  const closed = previous?.app.close() ?? Promise.resolve();
  // A tree view's disposal forgets its id only once it settles: a new view of the same id made
  // before then would be forgotten with it, leaving the view empty.
  await disposed;
  running = compose(context, log, dbFile, closed.catch(() => undefined));
  await closed;
}

function current(): Services {
  if (!running) throw new Error('Samsara CV Queue is not active.');
  return running;
}

/** Builds every service and hands each its dependencies; everything disposable goes to `subs`. */
function compose(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, dbFile: string, previousClosed: Promise<void>): Services {
  const logger = channelLogger(log);
  const config = (): QueueSettings => {
    const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
    return readSettings(<T>(key: SettingKey, fallback: T) => c.get<T>(key, fallback));
  };
  let settings = config();
  let storage: QueueStorage | undefined;
  const dist = path.join(context.extensionPath, 'dist');
  const choice = databaseChoice();
  const openStorage = async (): Promise<QueueStorage> => {
    await previousClosed;
    if ('problem' in choice) throw new Error(choice.problem);
    // The embedded store lives on its own thread: whole-file saves of a large queue never block the extension host.
    if (choice.kind === 'embedded') return ThreadedStorage.open(dbFile, { threadScript: path.join(dist, 'storeThread.js'), logger, confirmMoveAside });
    const password = await context.secrets.get(passwordKey(choice.url));
    // pg is loaded only for a team database (a bundle of its own).
    const { openPgStorage } = await import('../core/queue/postgres/pgStorage.js');
    return openPgStorage(withPassword(choice.url, password), { logger });
  };
  const copies = TempCopies.in(path.dirname(dbFile));
  const app = new QueueApp({
    openStorage: async () => (storage = await openStorage()),
    logger, settings: () => settings, processOnOpen: true,
    threadScript: path.join(dist, 'parseThread.js'),
    canProcess: () => vscode.workspace.isTrusted,
  });
  const tree = new QueueTreeProvider(app, () => settings.groupByProject, (err) => {
    log.error(`The queue could not be opened: ${errorMessage(err)}`);
    setKey(CONTEXT_KEYS.unavailable, true);
  });
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  const indicators = new QueueIndicators(view);
  const filter = new ProjectFilter(view, tree, 'kind' in choice && choice.kind === 'team' ? `Team: ${choice.label}` : undefined);
  const memory = new ProjectMemoryStore(context.workspaceState);
  const reviewer = (): string => reviewerName(settings.userName);
  const reviews = new ReviewPanels(context.extensionUri, new ReviewMessageHandler(app.reviews, reviewer), log, (file) => app.sources.read(file));
  const saveNotice = new SaveFailureNotice(app, dbFile);
  const keys = new Map<ContextKey, boolean>();
  // Menus read these; set them only when they change, since each is a round trip to the window.
  const setKey = (key: ContextKey, value: boolean): void => {
    if (keys.get(key) === value) return;
    keys.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  // Runs after each refresh of the tree, which every queue change schedules.
  const updateIndicators = (): void => {
    if (app.isOpen) setKey(CONTEXT_KEYS.unavailable, false);
    // Before the queue opens nothing is paused: the menus offer Pause, as they did before.
    const paused = app.isOpen && app.isPaused;
    indicators.update(tree.counts.all, paused, app.saveFailure);
    setKey(CONTEXT_KEYS.paused, paused);
    // The view's title actions act on what the view shows (one project when filtered).
    setKey(CONTEXT_KEYS.hasFailed, tree.counts.shown.failed > 0);
    setKey(CONTEXT_KEYS.hasCompleted, tree.counts.shown.completed > 0);
  };
  const subs: vscode.Disposable[] = [
    tree, view, indicators, copies, saveNotice,
    tree.onDidChangeCounts(updateIndicators),
    reviews,
    vscode.window.registerCustomEditorProvider(VIEWER_VIEW_TYPE, new CvViewerProvider(context.extensionUri), { supportsMultipleEditorsPerDocument: true }),
    // The application layer announces every change, whoever made it; the view follows.
    app.events.onDidChangeCv((change) => {
      reviews.cvChanged(change.id);
      tree.cvChanged(change);
    }),
    app.events.onDidChangeMany(() => tree.scheduleRefresh()),
    app.events.onDidChangeProjects(({ kind, project }) => {
      if (kind === 'deleted') void memory.forget(project.id);
      if (kind !== 'created') filter.onProjectChanged(project.id, kind === 'deleted' ? undefined : project.name);
      tree.scheduleRefresh();
    }),
    ...registerCommands({ app, tree, log, memory, filter, settings: () => settings, reviews, secrets: context.secrets, copies }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      const previous = settings;
      settings = config();
      app.applySettings(previous);
      if (settings.groupByProject !== previous.groupByProject) void tree.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => app.onCanProcess()),
    scheduleRetention(app, () => settings.retentionDays, logger),
  ];
  const services: Services = {
    app, tree, filter, reviews, saveNotice, indicators,
    storage: () => (app.isOpen ? storage : undefined),
    dispose: async () => {
      await Promise.allSettled(subs.splice(0).map(async (s): Promise<unknown> => s.dispose()));
    },
  };
  context.subscriptions.push(services);
  return services;
}

async function confirmMoveAside(message: string): Promise<boolean> {
  const choice = await vscode.window.showErrorMessage(message, { modal: true }, 'Move Aside and Start Fresh');
  return choice === 'Move Aside and Start Fresh';
}

function databaseChoice(): DatabaseChoice | { problem: string } {
  return parseDatabaseSetting(vscode.workspace.getConfiguration(CONFIG_SECTION).get('database'));
}

/** For the log: the file, or the team database without credentials. */
function describeChoice(choice: DatabaseChoice | { problem: string }, dbFile: string): string {
  if ('problem' in choice) return `no database (${choice.problem})`;
  return choice.kind === 'team' ? `the team database ${choice.label}` : dbFile;
}
