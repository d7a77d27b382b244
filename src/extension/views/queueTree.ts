import * as vscode from 'vscode';
import type { QueueApp } from '../../core/app/queueApp';
import type { CvChange } from '../../core/app/queueEvents';
import type { CvStatus, ProjectScope } from '../../core/queue/cvRecord';
import type { FilterScope } from './projectNodes';
import { projectItem } from './projectItem';
import { type QueueNode, cvItem, groupItem, moreItem } from './queueNodes';
import { QueueTreeModel, type TreeCounts } from './queueTreeModel';
import { cvTooltip } from './cvDescription';

export type { TreeCounts } from './queueTreeModel';

/** The "CV Queue" view: the workbench's side of QueueTreeModel, which holds what it shows. */
export class QueueTreeProvider implements vscode.TreeDataProvider<QueueNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QueueNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly countsChanged = new vscode.EventEmitter<TreeCounts>();
  /** Fires with fresh counts after every refresh (badge, status bar, menus). */
  readonly onDidChangeCounts = this.countsChanged.event;
  private readonly model: QueueTreeModel;

  constructor(
    app: QueueApp,
    groupByProject: () => boolean,
    /** The database could not be opened (in use elsewhere, refused): the view shows why instead. */
    onOpenFailed: (err: unknown) => void,
  ) {
    this.model = new QueueTreeModel(app, groupByProject, {
      changed: (node) => this.changed.fire(node),
      counts: (counts) => this.countsChanged.fire(counts),
      openFailed: onOpenFailed,
    });
  }

  get counts(): TreeCounts {
    return this.model.counts;
  }

  /** One CV changed: only the groups it touched are redrawn, a moment later with other changes. */
  cvChanged(change: CvChange): void {
    this.model.cvChanged(change);
  }

  /** Schedules one refresh for however many changes arrive in the next moment. */
  scheduleRefresh(): void {
    this.model.scheduleRefresh();
  }

  /** Redraws the view; resolves once the counts are fresh. */
  refresh(): Promise<void> {
    return this.model.refresh();
  }

  /** Shows one project's CVs only (undefined: every CV). */
  setProjectFilter(scope: FilterScope | undefined): void {
    this.model.setProjectFilter(scope);
  }

  showMore(status: CvStatus, scope: ProjectScope): void {
    this.model.showMore(status, scope);
  }

  getTreeItem(node: QueueNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node);
    if (node.kind === 'more') return moreItem(node);
    if (node.kind === 'project') return projectItem(node);
    return cvItem(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: QueueNode): vscode.TreeItem {
    if (node.kind === 'cv') item.tooltip = cvTooltip(node.cv);
    return item;
  }

  getChildren(node?: QueueNode): Promise<QueueNode[]> {
    return this.model.children(node);
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.model.dispose();
    this.changed.dispose();
    this.countsChanged.dispose();
  }
}
