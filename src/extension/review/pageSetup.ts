import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { documentHtml, PDF_TYPES, VIEWABLE_IMAGES } from './documentHtml';
import type { DocumentView } from './protocol';
import { type PageAssets, reviewHtml } from './reviewHtml';

/** Where esbuild puts the webview's script, styles, codicons and pdf.js worker. */
export function webviewDir(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/** Scripts on, and nothing readable but the page's own files and the CV's folder. */
export function webviewOptions(extensionUri: vscode.Uri, file: string): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [webviewDir(extensionUri), vscode.Uri.file(path.dirname(file))] };
}

export function pageAssets(webview: vscode.Webview, extensionUri: vscode.Uri): PageAssets {
  const dir = webviewDir(extensionUri);
  const uri = (...p: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(dir, ...p)).toString();
  return {
    cspSource: webview.cspSource, script: uri('review.js'), style: uri('review.css'),
    codicons: uri('codicons', 'codicon.css'), pdfWorker: uri('pdf.worker.min.mjs'),
  };
}

/** How the file is shown: PDF and images drawn by the webview, other formats as HTML made here. */
export async function documentView(webview: vscode.Webview, file: string): Promise<DocumentView> {
  const ext = path.extname(file).toLowerCase();
  const src = webview.asWebviewUri(vscode.Uri.file(file)).toString();
  if (PDF_TYPES.includes(ext)) return { kind: 'pdf', src };
  if (VIEWABLE_IMAGES.includes(ext)) return { kind: 'image', src };
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    return { kind: 'none', reason: 'The file is no longer where it was added from.' };
  }
  try {
    const html = documentHtml(bytes, file);
    return html === undefined ? { kind: 'none', reason: `This viewer cannot show ${ext || 'this'} files.` } : { kind: 'html', html };
  } catch {
    return { kind: 'none', reason: 'The document could not be read.' };
  }
}

export async function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, file: string, title: string, mode: 'review' | 'viewer'): Promise<string> {
  return reviewHtml({ assets: pageAssets(webview, extensionUri), title, mode, document: await documentView(webview, file) });
}
