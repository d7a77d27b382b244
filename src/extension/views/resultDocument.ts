import path from 'node:path';
import * as vscode from 'vscode';
import type { CvRecord } from '../../core/queue/cvRecord';
import type { QueueApp } from '../../core/app/queueApp';
import { RESULT_SCHEME } from '../ids';
import { renderCvMarkdown } from './renderCv';

/** `samsara-cv:/<id>/<name> (parsed).md`: the tab shows the CV's name, the path carries its id. */
export function resultUri(cv: CvRecord): vscode.Uri {
  const name = `${path.basename(cv.fileName, path.extname(cv.fileName))} (parsed).md`;
  return vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/${cv.id}/${name}` });
}

export function cvIdOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === RESULT_SCHEME ? uri.path.split('/')[1] : undefined;
}

/** Read-only documents rendering a parsed CV as Markdown. */
export class ResultDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly app: QueueApp) {}

  /** An open result whose CV was processed again (or removed) is redrawn. */
  cvChanged(id: string): void {
    for (const doc of vscode.workspace.textDocuments) if (cvIdOf(doc.uri) === id) this.changed.fire(doc.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = cvIdOf(uri);
    const cv = id ? await this.app.get(id) : undefined;
    if (!cv) return '# Not found\n\nThis CV is no longer in the queue.\n';
    const parsed = await this.app.parsed(cv.id);
    if (!parsed) return `# ${cv.fileName}\n\nNo result yet: the CV is ${cv.status}${cv.errorMessage ? ` (${cv.errorMessage})` : ''}.\n`;
    return renderCvMarkdown(cv, parsed);
  }
}
