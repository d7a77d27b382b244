import * as vscode from 'vscode';
import type { StatusCounts } from '../../core/queue/cvRecord';
import { plural } from '../../core/plural';
import { FOCUS_VIEW_COMMAND, STATUS_ITEM_ID, VIEW_ID } from '../ids';

/**
 * What the queue shows outside its tree: the view's badge (queued + processing), a status bar
 * item that focuses the view, and progress on the view while CVs are being processed.
 */
export class QueueIndicators implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 50);
  private endProgress: (() => void) | undefined;

  /** What the status bar item says now (its text and tooltip). */
  get status(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: String(this.item.tooltip ?? '') };
  }

  constructor(private readonly view: vscode.TreeView<unknown>) {
    this.item.name = 'Samsara CV Queue';
    this.item.command = FOCUS_VIEW_COMMAND;
  }

  /** `saveFailure`: why the database cannot be saved, while processing is paused for it. */
  update(counts: StatusCounts, paused: boolean, saveFailure?: string): void {
    const pending = counts.queued + counts.processing;
    this.view.badge = pending ? { value: pending, tooltip: `${plural(pending, 'CV')} waiting or processing` } : undefined;
    const total = counts.queued + counts.processing + counts.completed + counts.failed;
    const done = counts.completed + counts.failed;
    this.view.message = saveFailure ? `Paused: the queue database cannot be saved. ${saveFailure}` : undefined;
    this.item.backgroundColor = saveFailure ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    if (saveFailure) {
      this.item.text = `$(error) CVs ${done}/${total}: not saved`;
      this.item.tooltip = `Samsara CV Queue (paused): ${saveFailure}`;
      this.item.show();
    } else if (total === 0) {
      this.item.hide();
    } else {
      const icon = paused && pending ? '$(debug-pause)' : pending ? '$(sync~spin)' : counts.failed ? '$(warning)' : '$(pass)';
      this.item.text = `${icon} CVs ${done}/${total}`;
      this.item.tooltip = `Samsara CV Queue${paused ? ' (paused)' : ''}: ${counts.queued} queued, ${counts.processing} processing, ${counts.completed} completed, ${counts.failed} failed`;
      this.item.show();
    }
    this.setProgress(counts.processing > 0);
  }

  private setProgress(active: boolean): void {
    if (active && !this.endProgress) {
      void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => new Promise<void>((resolve) => (this.endProgress = resolve)));
    } else if (!active && this.endProgress) {
      this.endProgress();
      this.endProgress = undefined;
    }
  }

  dispose(): void {
    this.endProgress?.();
    this.item.dispose();
  }
}
