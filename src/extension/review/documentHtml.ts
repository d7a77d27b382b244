import path from 'node:path';
import type { DocLine } from '../../core/parser/document';
import { extractDocx } from '../../core/parser/extract/docx';
import { extractOdt } from '../../core/parser/extract/odt';
import { rtfToText } from '../../core/parser/extract/rtf';
import { decodeText } from '../../core/parser/extract/text';

export const PDF_TYPES = ['.pdf'];
/** Images a webview shows itself; TIFF it cannot. */
export const VIEWABLE_IMAGES = ['.png', '.jpg', '.jpeg', '.webp'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The document as HTML for the formats a browser cannot show: DOCX/ODT through the parser's own
 * readers (headings, paragraphs, bullets, table rows), RTF/TXT/MD as their text. Undefined for
 * PDF and images, which the webview draws itself.
 */
export function documentHtml(bytes: Uint8Array, fileName: string): string | undefined {
  const ext = path.extname(fileName).toLowerCase();
  switch (ext) {
    case '.docx':
      return linesHtml(extractDocx(bytes).lines);
    case '.odt':
      return linesHtml(extractOdt(bytes).lines);
    case '.rtf':
      return textHtml(rtfToText(decodeText(bytes), []));
    case '.txt':
    case '.text':
    case '.md':
    case '.markdown':
      return textHtml(decodeText(bytes));
    default:
      return undefined;
  }
}

/** One element a line, so a line can be chosen to fill a field. */
function textHtml(text: string): string {
  return `<pre class="doc-text">${text.split(/\r?\n/).map((l) => `<span class="line">${escapeHtml(l)}</span>`).join('\n')}</pre>`;
}

/** Consecutive bullets become one list and consecutive multi-cell lines one table. */
export function linesHtml(lines: DocLine[]): string {
  const out: string[] = ['<div class="doc-flow">'];
  let open: 'ul' | 'table' | undefined;
  const close = (): void => {
    if (open) out.push(`</${open}>`);
    open = undefined;
  };
  for (const line of lines) {
    const want = line.bullet ? 'ul' : line.cells.length > 1 ? 'table' : undefined;
    if (want !== open) {
      close();
      if (want) out.push(`<${want}>`);
      open = want;
    }
    if (want === 'ul') out.push(`<li>${escapeHtml(line.text.replace(/\t/g, ' '))}</li>`);
    else if (want === 'table') out.push(`<tr>${line.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
    else if (line.heading) out.push(`<h3>${escapeHtml(line.text)}</h3>`);
    else out.push(`<p${line.bold ? ' class="bold"' : ''}>${escapeHtml(line.text)}</p>`);
  }
  close();
  out.push('</div>');
  return out.join('\n');
}
