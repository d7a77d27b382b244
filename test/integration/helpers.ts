// Shared by the integration tests: the running extension's test API, the temp workspace and
// copies of the fixture CVs in it.
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { SamsaraApi } from '../../src/extension/extension';
import type { ReviewPanel } from '../../src/extension/review/reviewPanels';

export const EXTENSION_ID = 'samsara.samsara-cv-queue';

export async function samsara(): Promise<SamsaraApi> {
  const ext = vscode.extensions.getExtension<SamsaraApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

export function extensionRoot(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  return ext.extensionPath;
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs a workspace folder');
  return folder.uri.fsPath;
}

/** The real parser runs in dist/parseThread.js; without it there is nothing to process CVs with. */
export function hasParser(): boolean {
  return fs.existsSync(path.join(extensionRoot(), 'dist', 'parseThread.js'));
}

/** Copies fixture files (relative to test/fixtures) into `dir` under the workspace; returns their paths. */
export function copyFixtures(dir: string, names: readonly string[]): string[] {
  const target = path.join(workspaceDir(), dir);
  fs.mkdirSync(target, { recursive: true });
  return names.map((name) => {
    const to = path.join(target, path.basename(name));
    fs.copyFileSync(path.join(extensionRoot(), 'test', 'fixtures', name), to);
    return to;
  });
}

export function writeFiles(dir: string, files: Record<string, string>): string[] {
  const target = path.join(workspaceDir(), dir);
  fs.mkdirSync(target, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    fs.writeFileSync(path.join(target, name), text);
    return path.join(target, name);
  });
}

/** Empties the queue and pauses processing, so each test starts from a known state. */
export async function resetQueue(api: SamsaraApi): Promise<void> {
  await api.app.open();
  await api.app.setPaused(true);
  await api.app.cvs.remove((await api.app.list()).map((cv) => cv.id));
  await api.storage?.flush();
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the review panel of a queued CV, as Show Result does from the tree. */
export async function openReview(id: string): Promise<ReviewPanel> {
  const api = await samsara();
  const cv = await api.app.get(id);
  if (!cv) throw new Error(`no CV ${id} in the queue`);
  return vscode.commands.executeCommand<ReviewPanel>('samsara.showResult', { kind: 'cv', cv });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('samsara').update(key, value, vscode.ConfigurationTarget.Workspace);
  // The host updates its model and fires onDidChangeConfiguration in one go: once the new value
  // reads back, the extension has seen the change.
  const expected = value ?? vscode.workspace.getConfiguration('samsara').inspect(key)?.defaultValue;
  await waitFor(`samsara.${key} to read ${JSON.stringify(expected)}`, () => vscode.workspace.getConfiguration('samsara').get(key) === expected);
}
