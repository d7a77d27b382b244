import * as vscode from 'vscode';
import { type DatabaseChoice, parseDatabaseSetting } from '../core/app/teamDatabase';
import { errorMessage } from '../core/logger';
import { CONFIG_SECTION } from './ids';
import type { Services } from './services';

/** How a switch reaches the running services and puts new ones in their place. */
export interface SwitchDeps {
  current(): Services | undefined;
  /** Builds every service again; the new queue opens only once `previousClosed` settles. */
  compose(previousClosed: Promise<void>): Services;
  replace(services: Services): void;
}

/** Returns what rebuilds the services; one switch at a time: a second waits for the first to finish. */
export function serialRestart(deps: SwitchDeps): () => Promise<void> {
  let switching = Promise.resolve();
  return () => {
    const next = switching.then(() => rebuild(deps));
    switching = next.catch(() => undefined);
    return next;
  };
}

/**
 * Builds everything again while the old queue closes. The old services stay current until the
 * new ones replace them, so the extension is never without them (whatever reads it during a
 * database switch finds the old queue or the new one, not none); the new queue opens only once
 * the old one has closed and released its file.
 */
async function rebuild(deps: SwitchDeps): Promise<void> {
  const previous = deps.current();
  const disposed = previous?.dispose();
  const closed = previous?.app.close() ?? Promise.resolve();
  // A tree view's disposal forgets its id only once it settles: a new view of the same id made
  // before then would be forgotten with it, leaving the view empty.
  await disposed;
  deps.replace(deps.compose(closed.catch(() => undefined)));
  await closed;
}

/** Connecting to or leaving a team database reopens everything on the other queue, as a reload would. */
export function restartOnDatabaseChange(restart: () => Promise<void>, log: vscode.LogOutputChannel, dbFile: string): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(`${CONFIG_SECTION}.database`)) return;
    log.info(`The queue now lives in ${describeChoice(databaseChoice(), dbFile)}`);
    void restart().catch((err: unknown) => log.error(`Could not switch the queue: ${errorMessage(err)}`));
  });
}

export function databaseChoice(): DatabaseChoice | { problem: string } {
  return parseDatabaseSetting(vscode.workspace.getConfiguration(CONFIG_SECTION).get('database'));
}

/** For the log: the file, or the team database without credentials. */
export function describeChoice(choice: DatabaseChoice | { problem: string }, dbFile: string): string {
  if ('problem' in choice) return `no database (${choice.problem})`;
  return choice.kind === 'team' ? `the team database ${choice.label}` : dbFile;
}
