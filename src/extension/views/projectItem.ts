import * as vscode from 'vscode';
import { cvCountLabel } from '../projectChoices';
import type { ProjectNode } from './projectNodes';

export function projectItem(node: ProjectNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.name, node.count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = `project:${node.projectId ?? 'none'}`;
  item.description = String(node.count);
  item.tooltip = `${node.name}: ${cvCountLabel(node.count)}`;
  item.iconPath = new vscode.ThemeIcon(node.projectId ? 'briefcase' : 'circle-slash');
  item.contextValue = node.projectId ? 'project' : 'project:none';
  return item;
}
