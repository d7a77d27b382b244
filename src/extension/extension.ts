import path from 'node:path';
import * as vscode from 'vscode';
import type { Store } from '../core/db/store';
import { errorMessage } from '../core/logger';
import type { QueueWorker } from '../core/queue/worker';
import { registerCommands } from './commands/registry';
import { channelLogger } from './logChannel';
import { openStoreWithRecovery } from './openStore';
import { QueueService } from './queueService';
import { type SamsaraSettings, readSettings } from './settings';
import { ProjectMemoryStore } from './views/pickProject';
import { ProjectFilter } from './views/projectFilter';
import { QueueIndicators, VIEW_ID } from './views/queueIndicators';
import { activePrompt } from './views/quickInputs';
import { QueueTreeProvider } from './views/queueTree';
import { RESULT_SCHEME, ResultDocumentProvider } from './views/resultDocument';

/** What activate() returns; used by the integration tests, not a public API. */
export interface SamsaraApi {
  readonly tree: QueueTreeProvider;
  readonly queue: QueueService;
  readonly worker: QueueWorker | undefined;
  readonly store: Store | undefined;
  readonly dbFile: string;
  /** The project filter of the view. */
  readonly filter: ProjectFilter;
  /** The quick pick or input box the extension shows right now, if any. */
  readonly prompt: vscode.QuickInput | undefined;
  /** Runs deactivate's shutdown and builds everything again from the same storage, as a reload does. */
  restart(): Promise<void>;
}

interface Services extends vscode.Disposable {
  queue: QueueService;
  tree: QueueTreeProvider;
  filter: ProjectFilter;
}

// deactivate() takes no arguments: this is how it reaches what activate() built.
let running: Services | undefined;

export function activate(context: vscode.ExtensionContext): SamsaraApi {
  const log = vscode.window.createOutputChannel('Samsara CV Queue', { log: true });
  context.subscriptions.push(log);
  const storageDir = (context.storageUri ?? context.globalStorageUri).fsPath;
  const dbFile = path.join(storageDir, 'samsara.db');
  running = compose(context, log, dbFile);
  log.info(`Activated; the queue lives in ${dbFile}`);
  return {
    get tree() {
      return current().tree;
    },
    get queue() {
      return current().queue;
    },
    get worker() {
      return current().queue.current?.worker;
    },
    get store() {
      return current().queue.current?.store;
    },
    dbFile,
    get filter() {
      return current().filter;
    },
    get prompt() {
      return activePrompt();
    },
    async restart() {
      await deactivate();
      running = compose(context, log, dbFile);
    },
  };
}

export async function deactivate(): Promise<void> {
  const services = running;
  running = undefined;
  if (!services) return;
  services.dispose();
  await services.queue.shutdown();
}

function current(): Services {
  if (!running) throw new Error('Samsara CV Queue is not active.');
  return running;
}

/** Builds every service and hands each its dependencies; everything disposable goes to `subs`. */
function compose(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, dbFile: string): Services {
  const logger = channelLogger(log);
  const config = (): SamsaraSettings => {
    const c = vscode.workspace.getConfiguration('samsara');
    return readSettings((key, fallback) => c.get(key, fallback));
  };
  let settings = config();
  const queue = new QueueService({
    dbFile, logger, settings: () => settings,
    threadScript: path.join(context.extensionPath, 'dist', 'parseThread.js'),
    isTrusted: () => vscode.workspace.isTrusted,
    openStore: (file) => openStoreWithRecovery(file, logger, confirmMoveAside),
  });
  const tree = new QueueTreeProvider(queue, (err) => {
    log.error(`The queue could not be opened: ${errorMessage(err)}`);
    setKey('samsara.unavailable', true);
  });
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  const indicators = new QueueIndicators(view);
  const filter = new ProjectFilter(view, tree);
  const results = new ResultDocumentProvider(queue);
  const keys = new Map<string, boolean>();
  // Menus read these; set them only when they change, since each is a round trip to the window.
  const setKey = (key: string, value: boolean): void => {
    if (keys.get(key) === value) return;
    keys.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  // Runs after each (debounced) refresh of the tree, which every queue change schedules.
  const updateIndicators = (): void => {
    if (queue.current) setKey('samsara.unavailable', false);
    const paused = queue.current?.worker.isPaused ?? false;
    indicators.update(tree.counts, paused);
    setKey('samsara.paused', paused);
    setKey('samsara.hasFailed', tree.counts.failed > 0);
    setKey('samsara.hasCompleted', tree.counts.completed > 0);
  };
  const subs: vscode.Disposable[] = [
    tree, view, indicators,
    tree.onDidChangeCounts(updateIndicators),
    results,
    // The worker logs each CV's state change itself.
    queue.onDidChange((change) => {
      if (change) results.cvChanged(change.id);
      tree.scheduleRefresh();
    }),
    vscode.workspace.registerTextDocumentContentProvider(RESULT_SCHEME, results),
    ...registerCommands({ queue, tree, log, memory: new ProjectMemoryStore(context.workspaceState), filter }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('samsara')) return;
      const previous = settings;
      settings = config();
      queue.applySettings(previous);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => queue.onTrusted()),
  ];
  const services: Services = {
    queue, tree, filter,
    dispose: () => {
      for (const s of subs.splice(0)) s.dispose();
    },
  };
  context.subscriptions.push(services);
  return services;
}

async function confirmMoveAside(message: string): Promise<boolean> {
  const choice = await vscode.window.showErrorMessage(message, { modal: true }, 'Move Aside and Start Fresh');
  return choice === 'Move Aside and Start Fresh';
}
