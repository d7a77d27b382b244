import * as vscode from 'vscode';
import { errorMessage } from '../../core/logger';
import { checkTeamConnection, parseDatabaseSetting, passwordKey, splitPassword, teamLabel, withPassword } from '../../core/app/teamDatabase';
import { CONFIG_SECTION } from '../ids';
import type { CommandDeps } from './commandDeps';

const TITLE = 'Connect to Team Database';

/**
 * Asks for the team database's URL and password, tries them, keeps the password in the system
 * keychain and writes only the URL to the settings; the queue then reopens on that database.
 */
export function connectTeamDatabase(deps: CommandDeps) {
  return async (): Promise<void> => {
    const typed = await vscode.window.showInputBox({
      title: TITLE, ignoreFocusOut: true, placeHolder: 'postgres://user@host:5432/database',
      prompt: 'The PostgreSQL database the team shares (add ?sslmode=require for TLS).',
      value: currentTeamUrl(), validateInput: checkUrl,
    });
    if (!typed) return;
    const { url, password: typedPassword } = splitPassword(typed);
    const label = teamLabel(url);
    const password = typedPassword ?? (await vscode.window.showInputBox({
      title: TITLE, ignoreFocusOut: true, password: true,
      prompt: `Password for ${label}: kept in the system keychain, never in the settings (empty: use ~/.pgpass or PGPASSWORD).`,
    }));
    if (password === undefined) return;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Connecting to ${label}…` }, async () => {
      try {
        await checkTeamConnection(withPassword(url, password || undefined));
      } catch (err) {
        throw new Error(`Could not connect to ${label}: ${errorMessage(err).replace(password || '\0', '***')}`);
      }
    });
    if (password) await deps.secrets.store(passwordKey(url), password);
    else await deps.secrets.delete(passwordKey(url));
    await vscode.workspace.getConfiguration(CONFIG_SECTION).update('database', url, settingsTarget());
    deps.log.info(`Connected to the team database ${label}`);
    void vscode.window.showInformationMessage(`The CV queue is now the team database ${label}.`);
  };
}

/** Back to the embedded queue; the team database's password leaves the keychain. */
export function disconnectTeamDatabase(deps: CommandDeps) {
  return async (): Promise<void> => {
    const url = currentTeamUrl();
    if (!url) {
      void vscode.window.showInformationMessage('The CV queue is not on a team database.');
      return;
    }
    await deps.secrets.delete(passwordKey(url));
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const set = config.inspect('database');
    if (set?.workspaceValue !== undefined) await config.update('database', undefined, vscode.ConfigurationTarget.Workspace);
    if (set?.globalValue !== undefined) await config.update('database', undefined, vscode.ConfigurationTarget.Global);
    deps.log.info(`Disconnected from the team database ${teamLabel(url)}`);
    void vscode.window.showInformationMessage('The CV queue is now the embedded one of this workspace.');
  };
}

function currentTeamUrl(): string | undefined {
  const choice = parseDatabaseSetting(vscode.workspace.getConfiguration(CONFIG_SECTION).get('database'));
  return 'kind' in choice && choice.kind === 'team' ? choice.url : undefined;
}

function checkUrl(value: string): string | undefined {
  try {
    const choice = parseDatabaseSetting(splitPassword(value).url);
    if ('problem' in choice) return choice.problem;
    return choice.kind === 'embedded' ? 'Enter a postgres:// URL.' : undefined;
  } catch {
    return 'Enter a postgres://user@host:port/database URL.';
  }
}

/** The workspace's settings when a folder is open (each workspace its own queue), else the user's. */
function settingsTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}
