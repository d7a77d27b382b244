import * as vscode from 'vscode';
import type { QueueApp } from '../core/app/queueApp';
import { errorMessage } from '../core/logger';

const RETRY = 'Retry';
const OPEN_FOLDER = 'Open Folder';

/**
 * Tells the user when the queue database cannot be saved (a full disk, a folder made read-only):
 * one error notification with the file and the cause, in the core's words, while processing is
 * paused. Retry saves again; processing goes on by itself once a save succeeds.
 */
export class SaveFailureNotice implements vscode.Disposable {
  /** The message on screen, until the user answers or dismisses it. */
  shownMessage: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly app: QueueApp,
    private readonly dbFile: string,
  ) {
    this.subscription = app.events.onDidChangeSaveState((state) => {
      if (state.failure) void this.show(state.failure);
    });
  }

  /** What the Retry button does: true when the database is saved now. */
  async retry(): Promise<boolean> {
    try {
      await this.app.flush();
      return true;
    } catch (err) {
      void this.show(errorMessage(err));
      return false;
    }
  }

  private async show(failure: string): Promise<void> {
    if (this.shownMessage !== undefined) return; // one notification at a time
    this.shownMessage = `${failure} Processing is paused until the database can be saved; nothing queued is lost.`;
    const choice = await vscode.window.showErrorMessage(this.shownMessage, RETRY, OPEN_FOLDER);
    this.shownMessage = undefined;
    if (choice === RETRY) await this.retry();
    else if (choice === OPEN_FOLDER) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(this.dbFile));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
