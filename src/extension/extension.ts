import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Samsara CV Queue', { log: true });
  context.subscriptions.push(log);
}

export function deactivate(): void {
  // Nothing to release yet.
}
