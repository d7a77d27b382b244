import * as vscode from 'vscode';
import { addFiles } from './addFiles';
import { addToQueue } from './addToQueue';
import { cancel } from './cancel';
import { clearCompleted } from './clearCompleted';
import type { CommandDeps } from './commandDeps';
import { copyJson } from './copyJson';
import { openFile } from './openFile';
import { openSource } from './openSource';
import { pause } from './pause';
import { refresh } from './refresh';
import { remove } from './remove';
import { retry } from './retry';
import { resume } from './resume';
import { retryAllFailed } from './retryAllFailed';
import { revealInExplorer } from './revealInExplorer';
import { runCommand } from './runCommand';
import { showLog } from './showLog';
import { showMore } from './showMore';
import { showResult } from './showResult';
import { exportCvs } from './exportCvs';
import { findCv } from './findCv';
import { clearProjectFilter, deleteProject, filterByProject, newProject, renameProject } from './projectCommands';

type Factory = (deps: CommandDeps) => (...args: never[]) => unknown;

/** Every command: id, the title used in error messages, its handler. package.json lists the same ids. */
export const COMMANDS: readonly [id: string, title: string, factory: Factory][] = [
  ['samsara.addToQueue', 'Add to CV Queue', addToQueue],
  ['samsara.addFiles', 'Add Files to CV Queue', addFiles],
  ['samsara.retry', 'Retry', retry],
  ['samsara.retryAllFailed', 'Retry All Failed', retryAllFailed],
  ['samsara.cancel', 'Cancel', cancel],
  ['samsara.remove', 'Remove', remove],
  ['samsara.clearCompleted', 'Clear Completed', clearCompleted],
  ['samsara.pause', 'Pause Processing', pause],
  ['samsara.resume', 'Resume Processing', resume],
  ['samsara.refresh', 'Refresh', refresh],
  ['samsara.showMore', 'Show More', showMore],
  ['samsara.openFile', 'Open File', openFile],
  ['samsara.revealInExplorer', 'Reveal in Explorer', revealInExplorer],
  ['samsara.showResult', 'Show Result', showResult],
  ['samsara.copyJson', 'Copy JSON', copyJson],
  ['samsara.openSource', 'Open Source', openSource],
  ['samsara.showLog', 'Show Log', showLog],
  ['samsara.newProject', 'New Project', newProject],
  ['samsara.renameProject', 'Rename Project', renameProject],
  ['samsara.deleteProject', 'Delete Project', deleteProject],
  ['samsara.filterByProject', 'Filter by Project', filterByProject],
  ['samsara.clearProjectFilter', 'Clear Project Filter', clearProjectFilter],
  ['samsara.exportCvs', 'Export CVs', exportCvs],
  ['samsara.findCv', 'Find CV', findCv],
];

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return COMMANDS.map(([id, title, factory]) => vscode.commands.registerCommand(id, runCommand(title, deps.log, factory(deps) as (...args: unknown[]) => unknown)));
}
