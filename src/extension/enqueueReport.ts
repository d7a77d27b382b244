import * as vscode from 'vscode';
import type { EnqueueResult } from '../core/queue/enqueue';
import { plural } from '../core/plural';
import { printable } from '../core/terminalText';
import type { DuplicatesArgs } from './commands/addDuplicates';
import type { CommandDeps } from './commands/commandDeps';
import { COMMAND_IDS, FOCUS_VIEW_COMMAND } from './ids';
import { chooseProjectForEnqueue } from './prompts/pickProject';

export async function enqueueAndReport(deps: CommandDeps, uris: readonly vscode.Uri[]): Promise<EnqueueResult | undefined> {
  const local = uris.filter((u) => u.scheme === 'file');
  if (local.length < uris.length) throw new Error('Only files on disk can be queued.');
  const project = await chooseProjectForEnqueue(deps.app.projects, deps.memory, deps.settings().askForProject);
  if (!project) return undefined; // the question was dismissed: nothing is queued
  const result = await deps.app.cvs.enqueue(local.map((u) => u.fsPath), project);
  report(deps, result, project);
  return result;
}

/** Logs what was skipped and offers the next step; the offer runs as a command, so its errors are shown and logged. */
export function report(deps: CommandDeps, result: EnqueueResult, project: { projectId?: string }): void {
  for (const u of result.unreadable) deps.log.warn(`Skipped ${printable(u.path)}: ${printable(u.reason)}`);
  for (const p of result.notStored) deps.log.info(`Stored only the path of ${printable(p)}: larger than samsara.maxStoredFileMB`);
  for (const d of result.duplicates) deps.log.info(`Skipped ${printable(d.path)}: already in the queue as ${printable(d.existingName)}`);
  const actions = result.duplicates.length ? ['Add Duplicates Anyway'] : result.queued.length ? ['Show Queue'] : [];
  const show = result.queued.length ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
  void show(enqueueSummary(result), ...actions).then((choice) => {
    if (choice === 'Show Queue') return vscode.commands.executeCommand(FOCUS_VIEW_COMMAND);
    const args: DuplicatesArgs = { paths: result.duplicates.map((d) => d.path), projectId: project.projectId };
    if (choice === 'Add Duplicates Anyway') return vscode.commands.executeCommand(COMMAND_IDS.addDuplicates, args);
    return undefined;
  });
}

/** "Queued 12 CVs, skipped 3 (2 duplicates, 1 unsupported)". */
export function enqueueSummary(result: EnqueueResult): string {
  const parts: string[] = [];
  if (result.duplicates.length) parts.push(plural(result.duplicates.length, 'duplicate'));
  if (result.unsupported.length) parts.push(`${result.unsupported.length} unsupported`);
  if (result.unreadable.length) parts.push(`${result.unreadable.length} unreadable`);
  if (result.skipped.links) parts.push(plural(result.skipped.links, 'link'));
  if (result.skipped.notFiles) parts.push(`${result.skipped.notFiles} not regular files`);
  const skipped = result.duplicates.length + result.unsupported.length + result.unreadable.length + result.skipped.links + result.skipped.notFiles;
  const pathOnly = result.notStored.length
    ? ` ${plural(result.notStored.length, 'file')} above the size limit for stored files kept only the path: other machines can parse ${result.notStored.length === 1 ? 'it' : 'them'} only where that path exists.`
    : '';
  return `Queued ${plural(result.queued.length, 'CV')}${skipped ? `, skipped ${skipped} (${parts.join(', ')})` : ''}.${pathOnly}`;
}
