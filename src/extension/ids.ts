/**
 * Every id the extension shares with package.json and the workbench: commands, views, context
 * keys and storage keys. Free of vscode, so a unit test can hold package.json to it.
 */
export const COMMAND_IDS = {
  addToQueue: 'samsara.addToQueue',
  addFiles: 'samsara.addFiles',
  addDuplicates: 'samsara.addDuplicates',
  retry: 'samsara.retry',
  retryAllFailed: 'samsara.retryAllFailed',
  cancel: 'samsara.cancel',
  remove: 'samsara.remove',
  clearCompleted: 'samsara.clearCompleted',
  pause: 'samsara.pause',
  resume: 'samsara.resume',
  refresh: 'samsara.refresh',
  showMore: 'samsara.showMore',
  openFile: 'samsara.openFile',
  revealInExplorer: 'samsara.revealInExplorer',
  showResult: 'samsara.showResult',
  review: 'samsara.review',
  showLog: 'samsara.showLog',
  newProject: 'samsara.newProject',
  renameProject: 'samsara.renameProject',
  deleteProject: 'samsara.deleteProject',
  filterByProject: 'samsara.filterByProject',
  clearProjectFilter: 'samsara.clearProjectFilter',
  exportCvs: 'samsara.exportCvs',
  findCv: 'samsara.findCv',
  eraseCandidate: 'samsara.eraseCandidate',
  discardCorrections: 'samsara.discardCorrections',
  markReviewed: 'samsara.markReviewed',
  markUnreviewed: 'samsara.markUnreviewed',
  processAgain: 'samsara.processAgain',
  connectTeamDatabase: 'samsara.connectTeamDatabase',
  disconnectTeamDatabase: 'samsara.disconnectTeamDatabase',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];

export const VIEW_CONTAINER_ID = 'samsara';
export const VIEW_ID = 'samsara.queue';
/** The workbench's own command that shows the view. */
export const FOCUS_VIEW_COMMAND = `${VIEW_ID}.focus`;
export const STATUS_ITEM_ID = 'samsara.status';

/** Context keys the menus in package.json read. */
export const CONTEXT_KEYS = {
  paused: 'samsara.paused',
  hasFailed: 'samsara.hasFailed',
  hasCompleted: 'samsara.hasCompleted',
  unavailable: 'samsara.unavailable',
  projectFiltered: 'samsara.projectFiltered',
} as const;

export type ContextKey = (typeof CONTEXT_KEYS)[keyof typeof CONTEXT_KEYS];

export const CONFIG_SECTION = 'samsara';
export const PROJECT_MEMORY_KEY = 'samsara.projectMemory';
