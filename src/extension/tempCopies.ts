import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { type CvSource, writeTempCopy } from '../core/queue/cvSource';

/**
 * Read-only copies (0400, in a folder only this user can enter, inside the extension's storage)
 * of CV files the team database holds but this machine does not. Each goes when its editor tab
 * closes, the rest on deactivate and, after a crash, at the next start.
 */
export class TempCopies implements vscode.Disposable {
  private readonly copies = new Map<string, CvSource>();
  private readonly tabs: vscode.Disposable;

  constructor(private readonly root: string) {
    fs.rmSync(root, { recursive: true, force: true });
    this.tabs = vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.closed) {
        const uri = (tab.input as { uri?: vscode.Uri } | undefined)?.uri;
        if (uri) void this.remove(uri.fsPath);
      }
    });
  }

  async create(bytes: Uint8Array, fileName: string): Promise<string> {
    const copy = await writeTempCopy(bytes, fileName, { tempRoot: this.root, mode: 0o400 });
    this.copies.set(copy.path, copy);
    return copy.path;
  }

  private async remove(file: string): Promise<void> {
    const copy = this.copies.get(file);
    if (!copy) return;
    this.copies.delete(file);
    await copy.dispose().catch(() => undefined);
  }

  dispose(): void {
    this.tabs.dispose();
    this.copies.clear();
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  static in(storageDir: string): TempCopies {
    return new TempCopies(path.join(storageDir, 'open-copies'));
  }
}
