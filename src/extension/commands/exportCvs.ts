import path from 'node:path';
import * as vscode from 'vscode';
import type { ExportFormat, ExportResult } from '../../core/export/exportCvs';
import { FORMAT_CHOICES, type FormatChoice, defaultExportName, exportSummary } from '../exportChoices';
import { cvCountLabel } from '../projectChoices';
import { pickOne } from '../prompts/quickInputs';
import type { CommandDeps } from './commandDeps';

/**
 * Given as the argument, these skip the matching question (keybindings, tests): `project` is a
 * project's name, or null for every project; `target` the file (CSV, JSON) or folder (JSON Resume).
 */
export interface ExportArgs {
  format?: ExportFormat;
  project?: string | null;
  target?: string;
  /** Blind screening: no identity in the export (asked only when the format is asked too). */
  anonymize?: boolean;
}

/** "Export CVs…": format, scope, then where to; writes the completed CVs with the core exporter. */
export function exportCvs(deps: CommandDeps) {
  return async (args: ExportArgs = {}): Promise<ExportResult | undefined> => {
    const choice = args.format ? FORMAT_CHOICES.find((c) => c.format === args.format) : await pickFormat();
    if (!choice) return undefined;
    const anonymize = args.anonymize ?? (args.format ? false : await pickIdentity());
    if (anonymize === undefined) return undefined;
    const scope = args.project !== undefined ? await fromName(args.project) : await pickScope();
    if (!scope) return undefined;
    const target = args.target ?? (await pickTarget(choice, scope.name));
    if (!target) return undefined;
    const result = await deps.app.export({ format: choice.format, projectId: scope.projectId, out: target, anonymize });
    deps.log.info(`Exported ${cvCountLabel(result.exported)} as ${choice.format}${anonymize ? ' (anonymized)' : ''} to ${target}`);
    void announce(result, choice, target);
    return result;

    async function fromName(name: string | null) {
      return name === null ? { projectId: undefined, name: undefined } : { projectId: (await deps.app.projects.require(name)).id, name };
    }

    async function pickScope() {
      const projects = await deps.app.projects.listWithCounts();
      const all = { label: 'All projects', description: 'every completed CV', projectId: undefined as string | undefined, name: undefined as string | undefined };
      if (!projects.length) return all;
      const items = [all, ...projects.map((p) => ({ label: p.name, description: `${p.counts.completed} completed`, projectId: p.id as string | undefined, name: p.name as string | undefined }))];
      return pickOne(items, { title: 'Export CVs (2/3)', placeholder: 'Which CVs' });
    }
  };
}

function pickFormat(): Promise<FormatChoice | undefined> {
  return pickOne(FORMAT_CHOICES.map((c) => ({ ...c })), { title: 'Export CVs (1/3)', placeholder: 'The format to export the completed CVs in', matchOnDetail: true });
}

async function pickIdentity(): Promise<boolean | undefined> {
  const items = [
    { label: 'With the candidates’ identity', description: 'name, e-mail, phone, links and address', anonymize: false },
    { label: 'Anonymized, for blind screening', description: 'no identity; the name in texts becomes [candidate]; files named candidate-…', anonymize: true },
  ];
  return (await pickOne(items, { title: 'Export CVs (1/3): identity', placeholder: 'Include who the candidates are?' }))?.anonymize;
}

async function pickTarget(choice: FormatChoice, projectName: string | undefined): Promise<string | undefined> {
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = defaultExportName(choice, projectName, new Date());
  if (!choice.extension) {
    const picked = await vscode.window.showOpenDialog({
      title: 'Export CVs (3/3): the folder for the JSON Resume files', canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
      openLabel: 'Export Here', defaultUri: base,
    });
    return picked?.[0]?.fsPath;
  }
  const uri = await vscode.window.showSaveDialog({
    title: 'Export CVs (3/3)', saveLabel: 'Export',
    defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
    filters: { [choice.label]: [choice.extension] },
  });
  return uri?.fsPath;
}

async function announce(result: ExportResult, choice: FormatChoice, target: string): Promise<void> {
  if (result.failed.length) {
    const first = result.failed[0];
    void vscode.window.showWarningMessage(`${cvCountLabel(result.failed.length)} could not be written (${path.basename(first.file)}: ${first.reason}); the others are complete.`);
  }
  const actions = result.files.length ? ['Open', 'Reveal'] : [];
  const picked = await vscode.window.showInformationMessage(exportSummary(result.exported, result.skipped, path.basename(target)), ...actions);
  // A folder of JSON Resume files opens with its first file; CSV and JSON open as written.
  const first = result.files[0];
  if (picked === 'Open' && first) await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(first));
  if (picked === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(choice.extension ? target : (first ?? target)));
}
