import * as vscode from 'vscode';
import type { CvRecord, CvStatus } from '../../core/queue/cvRecord';
import { COMMAND_IDS } from '../ids';
import type { ProjectNode } from './projectNodes';
import { plural } from '../../core/plural';
import { describeCv } from './cvDescription';
import { SMALL_QUEUE, groupState } from './groupState';

/** projectId: the group's CVs are one project's (null: those without one); undefined: all. */
export type GroupNode = { kind: 'group'; status: CvStatus; count: number; projectId?: string | null };
/** showProject: the CV is listed among other projects' (no project filter, no project grouping). */
export type CvNode = { kind: 'cv'; cv: CvRecord; showProject?: boolean };
export type MoreNode = { kind: 'more'; status: CvStatus; shown: number; total: number; projectId?: string | null };
export type QueueNode = GroupNode | CvNode | MoreNode | ProjectNode;

const GROUP_LABELS: Record<CvStatus, string> = { queued: 'Queued', processing: 'Processing', completed: 'Completed', failed: 'Failed' };

export function statusIcon(status: CvStatus): vscode.ThemeIcon {
  switch (status) {
    case 'queued':
      return new vscode.ThemeIcon('clock');
    case 'processing':
      return new vscode.ThemeIcon('loading~spin');
    case 'completed':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'failed':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
  }
}

export function groupItem(node: GroupNode): vscode.TreeItem {
  const expanded = node.status !== 'queued' || node.count <= SMALL_QUEUE;
  const item = new vscode.TreeItem(GROUP_LABELS[node.status], node.count === 0 ? vscode.TreeItemCollapsibleState.None
    : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `group:${scopeKey(node.projectId)}${node.status}:${groupState(node)}`;
  item.description = String(node.count);
  item.contextValue = `group:${node.status}`;
  item.iconPath = statusIcon(node.status);
  item.tooltip = plural(node.count, `${node.status} CV`);
  return item;
}

/** A completed CV is named by its candidate; the others (and one without a name) by their file. */
export function cvItem(node: CvNode, now = Date.now()): vscode.TreeItem {
  const cv = node.cv;
  const named = cv.status === 'completed' && cv.candidateName ? cv.candidateName : undefined;
  const item = new vscode.TreeItem(named ?? cv.fileName, vscode.TreeItemCollapsibleState.None);
  item.id = cv.id;
  item.description = describeCv(cv, node.showProject === true, now);
  item.iconPath = cv.status === 'completed' && cv.reviewedAt ? new vscode.ThemeIcon('verified-filled', new vscode.ThemeColor('testing.iconPassed')) : statusIcon(cv.status);
  item.contextValue = contextValue(cv);
  if (cv.status === 'completed') item.command = { command: COMMAND_IDS.showResult, title: 'Show Result', arguments: [{ kind: 'cv', cv }] };
  return item;
}

export function moreItem(node: MoreNode): vscode.TreeItem {
  const item = new vscode.TreeItem(`Show more (${node.total - node.shown} not shown)`, vscode.TreeItemCollapsibleState.None);
  item.id = `more:${scopeKey(node.projectId)}${node.status}`;
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.contextValue = 'more';
  item.command = { command: COMMAND_IDS.showMore, title: 'Show More', arguments: [node.status, node.projectId] };
  return item;
}

/** Keeps item ids unique when the same status appears under several projects. */
function scopeKey(projectId: string | null | undefined): string {
  return projectId === undefined ? '' : `${projectId ?? 'none'}:`;
}

/** Menus tell a reviewed and a corrected CV apart: "cv:completed[:corrected][:reviewed]". */
function contextValue(cv: CvRecord): string {
  if (cv.status !== 'completed') return `cv:${cv.status}`;
  return `cv:completed${cv.corrected ? ':corrected' : ''}${cv.reviewedAt ? ':reviewed' : ''}`;
}
