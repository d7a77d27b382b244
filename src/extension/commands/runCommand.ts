import * as vscode from 'vscode';
import { errorMessage } from '../../core/logger';
import { printable } from '../../core/terminalText';

/**
 * Every command runs through here: a failure is logged with its command and shown once, in
 * words the user can act on, instead of VS Code's generic "command failed" toast.
 */
export function runCommand<A extends unknown[], R>(title: string, log: vscode.LogOutputChannel, fn: (...args: A) => R | Promise<R>) {
  return async (...args: A): Promise<R | undefined> => {
    try {
      return await fn(...args);
    } catch (err) {
      const message = printable(errorMessage(err));
      log.error(`${title}: ${message}`);
      void vscode.window.showErrorMessage(`${title} failed: ${message}`, 'Show Log').then((choice) => {
        if (choice) log.show(true);
      });
      return undefined;
    }
  };
}
