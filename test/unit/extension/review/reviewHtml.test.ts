import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { documentHtml } from '../../../../src/extension/review/documentHtml';
import type { DocumentView } from '../../../../src/extension/review/protocol';
import { type PageAssets, reviewHtml } from '../../../../src/extension/review/reviewHtml';
import { repoRoot } from '../../helpers/tmp';

// What VS Code gives a webview: its resource origin and URIs under it.
const ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';
const assets: PageAssets = {
  cspSource: 'https://*.vscode-cdn.net',
  script: `${ORIGIN}/ext/dist/webview/review.js`,
  style: `${ORIGIN}/ext/dist/webview/review.css`,
  codicons: `${ORIGIN}/ext/dist/webview/codicons/codicon.css`,
  pdfWorker: `${ORIGIN}/ext/dist/webview/pdf.worker.min.mjs`,
};
const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function page(document: DocumentView, title = 'Jane Doe', mode: 'review' | 'viewer' = 'review'): string {
  return reviewHtml({ assets, title, document, mode, nonce: 'n0nce' });
}

function scripts(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

describe('the review page', () => {
  it('has a strict Content-Security-Policy: nothing by default, scripts only with its nonce', () => {
    const html = page({ kind: 'pdf', src: `${ORIGIN}/cvs/a.pdf` });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(csp, 'a CSP meta element');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-n0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*(?!\.vscode-cdn\.net)/);
    const tags = scripts(html);
    assert.equal(tags.length, 2);
    for (const tag of tags) assert.match(tag, /nonce="n0nce"/);
  });

  it('loads nothing from outside the webview resource origin', () => {
    const html = page({ kind: 'pdf', src: `${ORIGIN}/cvs/a.pdf` });
    const urls = html.match(/(?:src|href)="[^"]*"|https?:\/\/[^\s"'<>)]+/g) ?? [];
    assert.ok(urls.length >= 4);
    for (const u of urls) assert.ok(u.includes(ORIGIN) || u.includes('vscode-cdn.net'), `remote URL: ${u}`);
    assert.doesNotMatch(html, /<(iframe|object|embed|base)\b/i);
  });

  it('keeps a candidate name with markup inert, in the title and in the document', () => {
    const html = page({ kind: 'html', html: documentHtml(Buffer.from(`${EVIL}\nEngineer`), 'cv.txt') ?? '' }, EVIL);
    assert.equal(scripts(html).length, 2, 'only the page’s own scripts');
    assert.doesNotMatch(html, /<img\b/i);
    assert.ok(html.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;'));
  });

  it('keeps a reason or config text from closing its script element', () => {
    const html = page({ kind: 'image', src: `${ORIGIN}/cvs/</script><script>x.png` });
    assert.equal(scripts(html).length, 2);
    assert.ok(html.includes('\\u003c/script>\\u003cscript>x.png'));
  });

  it('shows a DOCX as headings, paragraphs and lists, escaped', () => {
    const file = path.join(repoRoot(), 'test/fixtures/cvs/cv-030-flat.docx');
    const html = documentHtml(fs.readFileSync(file), file) ?? '';
    const truth = JSON.parse(fs.readFileSync(file.replace('.docx', '.truth.json'), 'utf8')) as { contact: { name: string } };
    assert.ok(html.includes(truth.contact.name), 'the candidate’s name is in the document');
    assert.match(html, /<(h3|p)>/);
    assert.equal(scripts(html).length, 0);
    assert.equal(documentHtml(fs.readFileSync(file), 'x.pdf'), undefined, 'PDF is drawn by the webview');
  });

  it('the viewer shows the document alone', () => {
    const html = page({ kind: 'image', src: `${ORIGIN}/cvs/a.png` }, 'a.png', 'viewer');
    assert.doesNotMatch(html, /id="fields"/);
    assert.match(html, /id="document"/);
  });
});
