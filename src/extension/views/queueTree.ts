import * as vscode from 'vscode';
import type { QueueApp } from '../../core/app/queueApp';
import { CV_STATUSES, type CvStatus, type StatusCounts, zeroCounts } from '../../core/queue/cvRecord';
import type { ProjectScope } from '../../core/queue/cvRecord';
import { PageSizes } from './pageSizes';
import { type FilterScope, projectItem, projectNodes, statusGroups } from './projectNodes';
import { type GroupNode, type QueueNode, cvItem, groupItem, moreItem } from './queueNodes';

const REFRESH_DELAY_MS = 150;
/** How often the rows of CVs being parsed redraw their elapsed time. */
const TICK_MS = 1000;

/** The whole queue's counts (badge, status bar) and those of what the view shows (its menus). */
export interface TreeCounts {
  all: StatusCounts;
  shown: StatusCounts;
}

/**
 * The "CV Queue" view: one group per status with its count, CVs oldest first, paged so a group
 * of thousands stays fast. Refreshes are coalesced: a worker finishing 50 CVs a second redraws
 * the view a few times, not 50.
 */
export class QueueTreeProvider implements vscode.TreeDataProvider<QueueNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QueueNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly countsChanged = new vscode.EventEmitter<TreeCounts>();
  /** Fires with fresh counts after every refresh (badge, status bar, menus). */
  readonly onDidChangeCounts = this.countsChanged.event;
  private readonly pages = new PageSizes();
  private timer: NodeJS.Timeout | undefined;
  private lastCounts: TreeCounts = { all: zeroCounts(), shown: zeroCounts() };
  private filter: FilterScope | undefined;
  /** Processing groups the view has open, as it knows them: the ticker redraws only these. */
  private readonly openProcessing = new Set<GroupNode>();
  private ticker: NodeJS.Timeout | undefined;

  constructor(
    private readonly app: QueueApp,
    private readonly groupByProject: () => boolean,
    /** The database could not be opened (in use elsewhere, refused): the view shows why instead. */
    private readonly onOpenFailed: (err: unknown) => void,
  ) {}

  get counts(): TreeCounts {
    return this.lastCounts;
  }

  /** Schedules one refresh for however many changes arrive in the next moment. */
  scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  /** Redraws the view; resolves once the counts are fresh. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.openProcessing.clear(); // the whole tree is new: its old nodes are unknown to the view
    this.changed.fire(undefined);
    if (this.app.isOpen) await this.updateCounts(true);
  }

  /** Shows one project's CVs only (undefined: every CV). */
  setProjectFilter(scope: FilterScope | undefined): void {
    this.filter = scope;
    this.pages.clear();
    void this.refresh();
  }

  showMore(status: CvStatus, scope: ProjectScope): void {
    this.pages.grow(status, scope);
    this.openProcessing.clear();
    this.changed.fire(undefined);
  }

  getTreeItem(node: QueueNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node);
    if (node.kind === 'more') return moreItem(node);
    if (node.kind === 'project') return projectItem(node);
    return cvItem(node);
  }

  async getChildren(node?: QueueNode): Promise<QueueNode[]> {
    try {
      await this.app.open();
    } catch (err) {
      this.onOpenFailed(err);
      return [];
    }
    if (!node) {
      const { all } = await this.updateCounts(false);
      // An empty queue shows the welcome view instead of four empty groups.
      if (CV_STATUSES.every((s) => all[s] === 0)) return [];
      if (this.filter) return statusGroups(this.app, this.filter.projectId);
      if (this.groupByProject()) return projectNodes(this.app);
      return CV_STATUSES.map((status) => ({ kind: 'group', status, count: all[status] }));
    }
    if (node.kind === 'project') return statusGroups(this.app, node.projectId);
    if (node.kind !== 'group') return [];
    if (node.status === 'processing') this.openProcessing.add(node);
    const limit = this.pages.get(node.status, node.projectId);
    // Without a project filter or grouping, CVs of every project are listed together.
    const showProject = node.projectId === undefined;
    const page: QueueNode[] = (await this.app.page(node.status, { limit, projectId: node.projectId })).map((cv) => ({ kind: 'cv', cv, showProject }));
    if (node.count > limit) page.push({ kind: 'more', status: node.status, shown: limit, total: node.count, projectId: node.projectId });
    return page;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.changed.dispose();
    this.countsChanged.dispose();
  }

  private async updateCounts(always: boolean): Promise<TreeCounts> {
    const all = await this.app.counts();
    const shown = this.filter ? await this.app.counts(this.filter.projectId) : all;
    const changed = !sameCounts(all, this.lastCounts.all) || !sameCounts(shown, this.lastCounts.shown);
    this.lastCounts = { all, shown };
    if (changed || always) this.countsChanged.fire(this.lastCounts);
    this.tickWhileProcessing(all.processing > 0);
    return this.lastCounts;
  }

  /** While CVs are parsed their rows show the time so far, so the open Processing groups redraw. */
  private tickWhileProcessing(processing: boolean): void {
    if (processing && !this.ticker) {
      this.ticker = setInterval(() => {
        for (const group of this.openProcessing) this.changed.fire(group);
      }, TICK_MS);
    } else if (!processing && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }
}

function sameCounts(a: StatusCounts, b: StatusCounts): boolean {
  return CV_STATUSES.every((s) => a[s] === b[s]);
}
