import * as vscode from 'vscode';
import type { CvRecord, CvStatus } from '../../core/queue/cvRecord';
import { COMMAND_IDS } from '../ids';
import type { ProjectNode } from './projectNodes';
import { plural } from '../../core/plural';

/** projectId: the group's CVs are one project's (null: those without one); undefined: all. */
export type GroupNode = { kind: 'group'; status: CvStatus; count: number; projectId?: string | null };
export type CvNode = { kind: 'cv'; cv: CvRecord };
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
  const expanded = node.status !== 'queued' || node.count <= 50;
  const item = new vscode.TreeItem(GROUP_LABELS[node.status], node.count === 0 ? vscode.TreeItemCollapsibleState.None
    : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `group:${scopeKey(node.projectId)}${node.status}`;
  item.description = String(node.count);
  item.contextValue = `group:${node.status}`;
  item.iconPath = statusIcon(node.status);
  item.tooltip = plural(node.count, `${node.status} CV`);
  return item;
}

export function cvItem(cv: CvRecord): vscode.TreeItem {
  const item = new vscode.TreeItem(cv.fileName, vscode.TreeItemCollapsibleState.None);
  item.id = cv.id;
  item.description = describe(cv);
  item.tooltip = tooltip(cv);
  item.iconPath = statusIcon(cv.status);
  item.contextValue = `cv:${cv.status}`;
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

function describe(cv: CvRecord): string {
  switch (cv.status) {
    case 'failed':
      return cv.errorMessage ?? 'failed';
    case 'completed':
      return [cv.projectName, cv.parseTimeMs !== undefined ? formatDuration(cv.parseTimeMs) : undefined].filter(Boolean).join(' · ');
    case 'processing':
      return [cv.projectName, cv.attempts > 1 ? `attempt ${cv.attempts}` : undefined].filter(Boolean).join(' · ');
    case 'queued':
      return [cv.projectName, cv.errorMessage ? `retrying: ${cv.errorMessage}` : undefined].filter(Boolean).join(' · ');
  }
}

function tooltip(cv: CvRecord): vscode.MarkdownString {
  const rows: [string, string | undefined][] = [
    ['Path', cv.filePath], ['Status', cv.status], ['Project', cv.projectName], ['Queued by', cv.enqueuedBy], ['Attempts', String(cv.attempts)],
    ['Added', formatTime(cv.createdAt)], ['Started', formatTime(cv.processingStartedAt)], ['Updated', formatTime(cv.updatedAt)],
    ['Parse time', cv.parseTimeMs !== undefined && cv.status === 'completed' ? formatDuration(cv.parseTimeMs) : undefined],
    ['Next attempt', formatTime(cv.nextAttemptAt)], ['Error', cv.errorMessage],
  ];
  const md = new vscode.MarkdownString(`**${escape(cv.fileName)}**\n\n`);
  md.appendMarkdown(rows.filter(([, v]) => v).map(([k, v]) => `${k}: ${escape(String(v))}`).join('  \n'));
  return md;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function formatTime(iso: string | undefined): string | undefined {
  return iso ? new Date(iso).toLocaleString() : undefined;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
