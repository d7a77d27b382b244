import * as vscode from 'vscode';
import { type CommandId, type CommandName, COMMAND_IDS } from '../ids';
import { addDuplicates } from './addDuplicates';
import { addFiles } from './addFiles';
import { addToQueue } from './addToQueue';
import { cancel } from './cancel';
import { clearCompleted } from './clearCompleted';
import { clearProjectFilter } from './clearProjectFilter';
import { connectTeamDatabase, disconnectTeamDatabase } from './teamDatabase';
import { deleteProject } from './deleteProject';
import { discardCorrections } from './discardCorrections';
import { eraseCandidate } from './eraseCandidate';
import { exportCvs } from './exportCvs';
import { filterByProject } from './filterByProject';
import { findCv } from './findCv';
import { markReviewed, markUnreviewed } from './markReviewed';
import { newProject } from './newProject';
import { openFile } from './openFile';
import { processAgain } from './processAgain';
import { pause } from './pause';
import { refresh } from './refresh';
import { remove } from './remove';
import { renameProject } from './renameProject';
import { resume } from './resume';
import { retry } from './retry';
import { retryAllFailed } from './retryAllFailed';
import { revealInExplorer } from './revealInExplorer';
import { runCommand } from './runCommand';
import { showLog } from './showLog';
import { showMore } from './showMore';
import { showResult } from './showResult';
import type { CommandDeps } from './commandDeps';

type Factory = (deps: CommandDeps) => (...args: never[]) => unknown;

/** Every command: its handler and the title used in error messages. package.json lists the same ids. */
export const COMMANDS: Record<CommandName, { title: string; factory: Factory }> = {
  addToQueue: { title: 'Add to CV Queue', factory: addToQueue },
  addFiles: { title: 'Add Files to CV Queue', factory: addFiles },
  addDuplicates: { title: 'Add Duplicates Anyway', factory: addDuplicates },
  retry: { title: 'Retry', factory: retry },
  retryAllFailed: { title: 'Retry All Failed', factory: retryAllFailed },
  cancel: { title: 'Cancel', factory: cancel },
  remove: { title: 'Remove', factory: remove },
  clearCompleted: { title: 'Clear Completed', factory: clearCompleted },
  pause: { title: 'Pause Processing', factory: pause },
  resume: { title: 'Resume Processing', factory: resume },
  refresh: { title: 'Refresh', factory: refresh },
  showMore: { title: 'Show More', factory: showMore },
  openFile: { title: 'Open File', factory: openFile },
  revealInExplorer: { title: 'Reveal in Explorer', factory: revealInExplorer },
  showResult: { title: 'Show Result', factory: showResult },
  review: { title: 'Review CV', factory: showResult },
  showLog: { title: 'Show Log', factory: showLog },
  newProject: { title: 'New Project', factory: newProject },
  renameProject: { title: 'Rename Project', factory: renameProject },
  deleteProject: { title: 'Delete Project', factory: deleteProject },
  filterByProject: { title: 'Filter by Project', factory: filterByProject },
  clearProjectFilter: { title: 'Clear Project Filter', factory: clearProjectFilter },
  exportCvs: { title: 'Export CVs', factory: exportCvs },
  findCv: { title: 'Find CV', factory: findCv },
  eraseCandidate: { title: 'Erase Candidate', factory: eraseCandidate },
  discardCorrections: { title: 'Discard Corrections', factory: discardCorrections },
  markReviewed: { title: 'Mark Reviewed', factory: markReviewed },
  markUnreviewed: { title: 'Mark Not Reviewed', factory: markUnreviewed },
  processAgain: { title: 'Process Again', factory: processAgain },
  connectTeamDatabase: { title: 'Connect to Team Database', factory: connectTeamDatabase },
  disconnectTeamDatabase: { title: 'Disconnect from Team Database', factory: disconnectTeamDatabase },
};

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return (Object.keys(COMMANDS) as CommandName[]).map((name) => {
    const id: CommandId = COMMAND_IDS[name];
    const { title, factory } = COMMANDS[name];
    return vscode.commands.registerCommand(id, runCommand(title, deps.log, factory(deps) as (...args: unknown[]) => unknown));
  });
}
