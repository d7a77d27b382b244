import type { QueueApp } from '../../core/app/queueApp';
import type { CvChange } from '../../core/app/queueEvents';
import { CV_STATUSES, type CvStatus, type ProjectScope, type StatusCounts, zeroCounts } from '../../core/queue/cvRecord';
import { groupState } from './groupState';
import { PageSizes } from './pageSizes';
import { type FilterScope, projectNodes, statusGroups } from './projectNodes';
import type { GroupNode, QueueNode } from './queueNodes';

const REFRESH_DELAY_MS = 150;
/** How often the rows of CVs being parsed redraw their elapsed time. */
const TICK_MS = 1000;

/** The whole queue's counts (badge, status bar) and those of what the view shows (its menus). */
export interface TreeCounts {
  all: StatusCounts;
  shown: StatusCounts;
}

/** What the model tells the view: it is kept free of `vscode`, so it runs (and is measured) in plain Node. */
export interface TreeModelHooks {
  /** Redraw this node and its children (undefined: the whole tree). */
  changed(node: QueueNode | undefined): void;
  counts(counts: TreeCounts): void;
  /** The database could not be opened (in use elsewhere, refused): the view shows why instead. */
  openFailed(err: unknown): void;
}

/**
 * The data of the "CV Queue" view: one group per status with its count, CVs oldest first, paged
 * so a group of thousands stays fast. Refreshes are coalesced (a worker finishing 50 CVs a second
 * redraws the view a few times, not 50), and after the changes of single CVs only the groups
 * whose count or rows changed are redrawn: an open group of 10,000 is not read again because a
 * CV moved from Queued to Processing.
 */
export class QueueTreeModel {
  private readonly pages = new PageSizes();
  private timer: NodeJS.Timeout | undefined;
  private lastCounts: TreeCounts = { all: zeroCounts(), shown: zeroCounts() };
  /** Changes announced so far, and how many there were when a refresh last read the counts. */
  private announced = 0;
  private countedAt: number | undefined;
  private filter: FilterScope | undefined;
  /** The status groups at the top of the view, the very objects it holds, so one can be redrawn alone. */
  private readonly groups = new Map<CvStatus, GroupNode>();
  /** Statuses whose rows changed since the last refresh; wholly: something changed many CVs. */
  private readonly dirty = new Set<CvStatus>();
  private wholly = false;
  /** Processing groups the view has open, as it knows them: the ticker redraws only these. */
  private readonly openProcessing = new Set<GroupNode>();
  private ticker: NodeJS.Timeout | undefined;

  constructor(
    private readonly app: QueueApp,
    private readonly groupByProject: () => boolean,
    private readonly hooks: TreeModelHooks,
  ) {}

  get counts(): TreeCounts {
    return this.lastCounts;
  }

  /** One CV changed: its group (and those whose counts moved) are redrawn at the next refresh. */
  cvChanged(change: CvChange): void {
    this.dirty.add(change.status);
    this.schedule();
  }

  /** Schedules one refresh of the whole tree for however many changes arrive in the next moment. */
  scheduleRefresh(): void {
    this.wholly = true;
    this.schedule();
  }

  /** Redraws what changed (everything when called directly); resolves once the counts are fresh. */
  async refresh(wholly = true): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const dirty = new Set(this.dirty);
    const whole = wholly || this.wholly;
    this.dirty.clear();
    this.wholly = false;
    if (!this.app.isOpen) return this.redrawAll();
    const before = this.lastCounts.shown;
    const announced = this.announced;
    // Counts read before (another filter, say) serve nothing until this refresh has read its own.
    this.countedAt = undefined;
    await this.updateCounts(true);
    this.countedAt = announced;
    const groups = whole ? undefined : this.changedGroups(before, dirty);
    if (!groups) return this.redrawAll();
    for (const group of groups) this.hooks.changed(group);
  }

  /** Shows one project's CVs only (undefined: every CV). */
  setProjectFilter(scope: FilterScope | undefined): void {
    this.filter = scope;
    this.pages.clear();
    void this.refresh();
  }

  showMore(status: CvStatus, scope: ProjectScope): void {
    this.pages.grow(status, scope);
    const group = scope === undefined || this.filter ? this.groups.get(status) : undefined;
    if (group) return this.hooks.changed(group);
    this.openProcessing.clear();
    this.hooks.changed(undefined);
  }

  async children(node?: QueueNode): Promise<QueueNode[]> {
    try {
      await this.app.open();
    } catch (err) {
      this.hooks.openFailed(err);
      return [];
    }
    if (!node) return this.topLevel();
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

  dispose(): void {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
  }

  private schedule(): void {
    this.announced++;
    this.timer ??= setTimeout(() => void this.refresh(false), REFRESH_DELAY_MS);
  }

  private async topLevel(): Promise<QueueNode[]> {
    // The counts a refresh just read serve the listing it caused, unless something changed since.
    const fresh = this.countedAt === this.announced;
    this.countedAt = undefined;
    const { all, shown } = fresh ? this.lastCounts : await this.updateCounts(false);
    this.groups.clear();
    // An empty queue shows the welcome view instead of four empty groups.
    if (CV_STATUSES.every((s) => all[s] === 0)) return [];
    if (!this.filter && this.groupByProject()) return projectNodes(this.app);
    const projectId = this.filter?.projectId;
    return CV_STATUSES.map((status) => {
      const group: GroupNode = { kind: 'group', status, count: shown[status], ...(this.filter ? { projectId } : {}) };
      this.groups.set(status, group);
      return group;
    });
  }

  /**
   * The top-level groups to redraw after changes of single CVs, updated in place; undefined when
   * the whole tree must be redrawn: grouped by project, or a group's item changes its id (it
   * opens or closes on its own), which the view takes only from the group's parent.
   */
  private changedGroups(before: StatusCounts, dirty: ReadonlySet<CvStatus>): GroupNode[] | undefined {
    if (this.groups.size === 0) return undefined;
    const shown = this.lastCounts.shown;
    const changed = CV_STATUSES.filter((s) => dirty.has(s) || shown[s] !== before[s]);
    const groups = changed.map((s) => this.groups.get(s));
    if (groups.some((g) => !g || groupState(g) !== groupState({ ...g, count: shown[g.status] }))) return undefined;
    return groups.map((g) => Object.assign(g as GroupNode, { count: shown[(g as GroupNode).status] }));
  }

  private redrawAll(): void {
    this.openProcessing.clear(); // the whole tree is new: its old nodes are unknown to the view
    this.hooks.changed(undefined);
  }

  private async updateCounts(always: boolean): Promise<TreeCounts> {
    const all = await this.app.counts();
    const shown = this.filter ? await this.app.counts(this.filter.projectId) : all;
    const changed = !sameCounts(all, this.lastCounts.all) || !sameCounts(shown, this.lastCounts.shown);
    this.lastCounts = { all, shown };
    if (changed || always) this.hooks.counts(this.lastCounts);
    this.tickWhileProcessing(all.processing > 0);
    return this.lastCounts;
  }

  /** While CVs are parsed their rows show the time so far, so the open Processing groups redraw. */
  private tickWhileProcessing(processing: boolean): void {
    if (processing && !this.ticker) {
      this.ticker = setInterval(() => {
        for (const group of this.openProcessing) this.hooks.changed(group);
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
