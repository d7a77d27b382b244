import path from 'node:path';
import * as vscode from 'vscode';
import { QueueApp } from '../core/app/queueApp';
import { scheduleRetention } from '../core/app/retention';
import { reviewerName } from '../core/app/reviewer';
import { type QueueSettings, type SettingKey, readSettings } from '../core/app/settings';
import { errorMessage } from '../core/logger';
import { passwordKey, withPassword } from '../core/app/teamDatabase';
import type { QueueStorage } from '../core/queue/storage';
import { ThreadedStorage } from '../core/queue/storeThread/threadedStorage';
import { registerCommands } from './commands/registry';
import { databaseChoice, describeChoice, restartOnDatabaseChange, serialRestart } from './databaseSwitch';
import { CONFIG_SECTION, CONTEXT_KEYS, type ContextKey, VIEW_ID } from './ids';
import { channelLogger } from './logChannel';
import { CvViewerProvider, VIEWER_VIEW_TYPE } from './review/cvViewer';
import { ReviewMessageHandler } from './review/reviewHandler';
import { ReviewPanels } from './review/reviewPanels';
import { ProjectMemoryStore } from './projectMemory';
import { SaveFailureNotice } from './saveFailureNotice';
import type { Services } from './services';
import { type SamsaraApi, testApi } from './testApi';
import { TempCopies } from './tempCopies';
import { ProjectFilter } from './views/projectFilter';
import { QueueIndicators } from './views/queueIndicators';
import { QueueTreeProvider } from './views/queueTree';

export type { SamsaraApi } from './testApi';

// deactivate() takes no arguments: this is how it reaches what activate() built.
let running: Services | undefined;

export function activate(context: vscode.ExtensionContext): SamsaraApi {
  const log = vscode.window.createOutputChannel('Samsara CV Queue', { log: true });
  context.subscriptions.push(log);
  const storageDir = (context.storageUri ?? context.globalStorageUri).fsPath;
  const dbFile = path.join(storageDir, 'samsara.db');
  running = compose(context, log, dbFile, Promise.resolve());
  log.info(`Activated; the queue lives in ${describeChoice(databaseChoice(), dbFile)}`);
  const restart = serialRestart({
    current: () => running,
    compose: (previousClosed) => compose(context, log, dbFile, previousClosed),
    replace: (services) => (running = services),
  });
  context.subscriptions.push(restartOnDatabaseChange(restart, log, dbFile));
  return testApi(current, dbFile, restart);
}

export async function deactivate(): Promise<void> {
  const services = running;
  running = undefined;
  if (!services) return;
  const disposed = services.dispose();
  await services.app.close();
  await disposed;
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
