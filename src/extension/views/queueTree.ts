import * as vscode from 'vscode';
import { CV_STATUSES, type CvStatus, type StatusCounts, zeroCounts } from '../../core/queue/cvRecord';
import type { QueueService } from '../queueService';
import { type ProjectScope, projectItem, projectNodes, statusGroups } from './projectNodes';
import { type QueueNode, cvItem, groupItem, moreItem } from './queueNodes';

export const PAGE_SIZE = 500;
const REFRESH_DELAY_MS = 150;

/**
 * The "CV Queue" view: one group per status with its count, CVs oldest first, paged so a group
 * of thousands stays fast. Refreshes are coalesced: a worker finishing 50 CVs a second redraws
 * the view a few times, not 50.
 */
export class QueueTreeProvider implements vscode.TreeDataProvider<QueueNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QueueNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly countsChanged = new vscode.EventEmitter<StatusCounts>();
  /** Fires with fresh counts after every refresh (badge, status bar). */
  readonly onDidChangeCounts = this.countsChanged.event;
  private readonly shown = new Map<CvStatus, number>();
  private timer: NodeJS.Timeout | undefined;
  private lastCounts: StatusCounts = zeroCounts();
  private filter: ProjectScope | undefined;

  constructor(
    private readonly queue: QueueService,
    /** The database could not be opened (in use elsewhere, refused): the view shows why instead. */
    private readonly onOpenFailed: (err: unknown) => void,
  ) {}

  get counts(): StatusCounts {
    return this.lastCounts;
  }

  /** Schedules one refresh for however many changes arrive in the next moment. */
  scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  refresh(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const q = this.queue.current;
    if (q) {
      this.lastCounts = q.cvs.countByStatus();
      this.countsChanged.fire(this.lastCounts);
    }
    this.changed.fire(undefined);
  }

  /** Shows one project's CVs only (undefined: every CV). */
  setProjectFilter(scope: ProjectScope | undefined): void {
    this.filter = scope;
    this.shown.clear();
    this.changed.fire(undefined);
  }

  showMore(status: CvStatus): void {
    this.shown.set(status, (this.shown.get(status) ?? PAGE_SIZE) + PAGE_SIZE);
    this.changed.fire(undefined);
  }

  getTreeItem(node: QueueNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node);
    if (node.kind === 'more') return moreItem(node);
    if (node.kind === 'project') return projectItem(node);
    return cvItem(node.cv);
  }

  async getChildren(node?: QueueNode): Promise<QueueNode[]> {
    let q;
    try {
      q = await this.queue.open();
    } catch (err) {
      this.onOpenFailed(err);
      return [];
    }
    if (!node) {
      const counts = q.cvs.countByStatus();
      if (!sameCounts(counts, this.lastCounts)) {
        this.lastCounts = counts;
        this.countsChanged.fire(counts);
      }
      // An empty queue shows the welcome view instead of four empty groups.
      if (CV_STATUSES.every((s) => counts[s] === 0)) return [];
      if (this.filter) return statusGroups(q, this.filter.projectId);
      if (groupByProject()) return projectNodes(q);
      return CV_STATUSES.map((status) => ({ kind: 'group', status, count: counts[status] }));
    }
    if (node.kind === 'project') return statusGroups(q, node.projectId);
    if (node.kind !== 'group') return [];
    const limit = this.shown.get(node.status) ?? PAGE_SIZE;
    const page: QueueNode[] = q.cvs.listByStatus(node.status, { limit, projectId: node.projectId }).map((cv) => ({ kind: 'cv', cv }));
    if (node.count > limit) page.push({ kind: 'more', status: node.status, shown: limit, total: node.count, projectId: node.projectId });
    return page;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    this.countsChanged.dispose();
  }
}

function groupByProject(): boolean {
  return vscode.workspace.getConfiguration('samsara').get<boolean>('groupByProject', false) === true;
}

function sameCounts(a: StatusCounts, b: StatusCounts): boolean {
  return CV_STATUSES.every((s) => a[s] === b[s]);
}
