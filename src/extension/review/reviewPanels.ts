import * as vscode from 'vscode';
import { errorMessage } from '../../core/logger';
import { matchingSources } from '../../core/app/sourceLocator';
import type { ParsedCV, Provenance } from '../../core/parsedCv';
import type { CvRecord } from '../../core/queue/cvRecord';
import { pageHtml, webviewOptions } from './pageSetup';
import { type HostMessage, isWebviewMessage, type ReviewData, type WebviewMessage } from './protocol';
import type { HandlerResult, ReviewMessageHandler } from './reviewHandler';

export const REVIEW_VIEW_TYPE = 'samsara.review';

/** The CV's file parsed afresh, for the places of its values (QueueApp's `sources.read`). */
export type SourceReader = (filePath: string) => Promise<ParsedCV | undefined>;

/** One CV's review panel. `receive` is the path every webview message takes (tests use it too). */
export class ReviewPanel {
  /** The last message sent to the webview. */
  lastPosted: HostMessage | undefined;
  /** The webview's latest reports (highlights, pages drawn), newest last, for the host's tests. */
  readonly reports: WebviewMessage[] = [];
  /** Settles when the webview reports its document drawn: proof the page's scripts ran. */
  readonly shown: Promise<{ pages?: number; error?: string }>;
  private onShown: (r: { pages?: number; error?: string }) => void = () => undefined;
  /** The places last sent to the webview. */
  sources: Record<string, Provenance> | undefined;
  /** The review data the form shows, as JSON: a reload that would draw the same form is not sent. */
  private showing = '';
  private fresh: Promise<ParsedCV | undefined> | undefined;

  constructor(readonly cvId: string, readonly panel: vscode.WebviewPanel, private readonly handler: ReviewMessageHandler, private readonly log: vscode.LogOutputChannel, private readonly source?: { filePath: string; read: SourceReader }) {
    this.shown = new Promise((resolve) => (this.onShown = resolve));
  }

  async receive(msg: WebviewMessage): Promise<HandlerResult> {
    if (msg.type === 'shown') {
      if (msg.error) this.log.warn(`Review of ${this.cvId}: the document could not be drawn: ${msg.error}`);
      this.onShown({ pages: msg.pages, error: msg.error });
    }
    if (msg.type === 'highlighted' || msg.type === 'pagesDrawn') {
      this.reports.push(msg);
      if (this.reports.length > 20) this.reports.shift();
    }
    return this.answer(msg, false);
  }

  /**
   * The result changed outside the panel (processed again, corrected from elsewhere). The panel's
   * own edits change it too: their answer already carries the new result, so it is not sent twice.
   */
  async reload(): Promise<void> {
    const before = this.showing;
    await this.answer({ type: 'ready' }, true);
    // Processed again: the file may have changed, so its places are read again with the new form.
    if (this.showing !== before) this.fresh = undefined;
  }

  /** Sends a message the page acts on (tests drive the page with these). */
  async send(msg: HostMessage): Promise<void> {
    await this.post(msg);
  }

  private async answer(msg: WebviewMessage, unlessShowing: boolean): Promise<HandlerResult> {
    try {
      const result = await this.handler.handle(this.cvId, msg);
      if (result.clipboard !== undefined) await vscode.env.clipboard.writeText(result.clipboard);
      const same = result.post?.type === 'load' && JSON.stringify(result.post.review) === this.showing;
      if (result.post && !(unlessShowing && same)) await this.post(result.post);
      return result;
    } catch (err) {
      // The message names the action only: field values are candidates' data.
      this.log.error(`Review of ${this.cvId}: ${msg.type} failed: ${errorMessage(err)}`);
      const post: HostMessage = { type: 'error', message: errorMessage(err) };
      await this.post(post);
      return { post };
    }
  }

  private async post(msg: HostMessage): Promise<void> {
    this.lastPosted = msg;
    if (msg.type === 'load' || msg.type === 'saved') this.showing = JSON.stringify(msg.review);
    await this.panel.webview.postMessage(msg);
    // The panel may be closed by the time the file is parsed again.
    if (msg.type === 'load' || msg.type === 'saved') this.sendSources(msg.review).catch(() => undefined);
  }

  /** The places of the values the form shows: the file is parsed once a panel, off this thread. */
  private async sendSources(review: ReviewData): Promise<void> {
    if (!this.source) return;
    const { filePath, read } = this.source;
    this.fresh ??= read(filePath).catch(() => undefined);
    const fresh = await this.fresh;
    if (!fresh || JSON.stringify(review) !== this.showing) return;
    this.sources = matchingSources(fresh, review.effective);
    await this.panel.webview.postMessage({ type: 'sources', provenance: this.sources } satisfies HostMessage);
  }
}

/** The open review panels, one per CV: opening a CV again brings its panel forward. */
export class ReviewPanels implements vscode.Disposable {
  private readonly open = new Map<string, ReviewPanel>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly handler: ReviewMessageHandler, private readonly log: vscode.LogOutputChannel, private readonly read?: SourceReader) {}

  get(id: string): ReviewPanel | undefined {
    return this.open.get(id);
  }

  async show(cv: CvRecord, title: string): Promise<ReviewPanel> {
    const existing = this.open.get(cv.id);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(REVIEW_VIEW_TYPE, title, vscode.ViewColumn.Beside, webviewOptions(this.extensionUri, cv.filePath));
    const review = new ReviewPanel(cv.id, panel, this.handler, this.log, this.read && { filePath: cv.filePath, read: this.read });
    this.open.set(cv.id, review);
    panel.onDidDispose(() => this.open.delete(cv.id));
    panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isWebviewMessage(m)) void review.receive(m);
    });
    panel.webview.html = await pageHtml(panel.webview, this.extensionUri, cv.filePath, title, 'review');
    return review;
  }

  cvChanged(id: string): void {
    void this.open.get(id)?.reload();
  }

  dispose(): void {
    for (const p of [...this.open.values()]) p.panel.dispose();
    this.open.clear();
  }
}
