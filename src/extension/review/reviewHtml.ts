import { randomBytes } from 'node:crypto';
import type { DocumentView } from './protocol';
import { escapeHtml } from './documentHtml';

/** Where the page's own files are, as the webview may load them (asWebviewUri). */
export interface PageAssets {
  /** The webview's `cspSource`: the only origin the page loads anything from. */
  cspSource: string;
  script: string;
  style: string;
  codicons: string;
  pdfWorker: string;
}

export interface PageOptions {
  assets: PageAssets;
  title: string;
  document: DocumentView;
  /** The read-only viewer shows the document alone, without the form. */
  mode: 'review' | 'viewer';
  nonce?: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The page of the review panel and of the read-only viewer. Candidate text reaches it escaped
 * (title, DOCX/TXT as HTML) or as JSON the script reads with textContent; the form is built with
 * DOM properties, never HTML strings, so nothing a CV says can run.
 */
export function reviewHtml(o: PageOptions): string {
  const nonce = o.nonce ?? makeNonce();
  const { cspSource } = o.assets;
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource} blob: data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    // pdf.js (legacy build, for older hosts' Chromium) runs its worker from a blob: made of the worker file it fetched (a webview may not start a worker from another origin).
    `connect-src ${cspSource}`,
    'worker-src blob:',
  ].join('; ');
  const config = { mode: o.mode, document: o.document.kind === 'html' ? { kind: 'html' } : o.document, pdfWorker: o.assets.pdfWorker };
  const documentPane = o.document.kind === 'html'
    ? o.document.html
    : o.document.kind === 'none' ? `<p class="doc-none">${escapeHtml(o.document.reason)}</p>` : '';
  const form = o.mode === 'review'
    ? `<section id="fields" class="fields" aria-label="Parsed fields"><p class="loading">Loading the parsed fields…</p></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(o.assets.codicons)}">
<link rel="stylesheet" href="${escapeHtml(o.assets.style)}">
<title>${escapeHtml(o.title)}</title>
</head>
<body class="mode-${o.mode}">
<main class="layout">
<section id="document" class="document" aria-label="The CV as written" tabindex="0">${documentPane}</section>
${form}
</main>
<script type="application/json" id="config" nonce="${nonce}">${jsonForScript(config)}</script>
<script type="module" nonce="${nonce}" src="${escapeHtml(o.assets.script)}"></script>
</body>
</html>`;
}

/** JSON inside a script element: `<` escaped so no text can close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
