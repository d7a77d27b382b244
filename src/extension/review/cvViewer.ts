import path from 'node:path';
import * as vscode from 'vscode';
import { pageHtml, webviewOptions } from './pageSetup';

export const VIEWER_VIEW_TYPE = 'samsara.cvViewer';

/**
 * The read-only viewer for PDF, images and DOCX/ODT: the review panel's document side alone.
 * package.json registers it with priority "option", so a viewer the user chose keeps its files.
 */
export class CvViewerProvider implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(doc: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = webviewOptions(this.extensionUri, doc.uri.fsPath);
    panel.webview.html = await pageHtml(panel.webview, this.extensionUri, doc.uri.fsPath, path.basename(doc.uri.fsPath), 'viewer');
  }
}
