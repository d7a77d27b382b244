import { CvParseError } from '../errors';
import type { DocLine, ExtractedDoc } from '../document';
import { type DocxContext, blockLines } from './docxBody';
import { readStyles } from './docxStyles';
import { distinctLines } from './flows';
import { bodySizeOf } from './looks';
import { type XmlEl, child, children, parseXml } from './xml';
import { readZipEntries, utf8 } from './zip';

const PART_RE = /^word\/(document|styles|header\d*|footer\d*)\.xml$|^word\/_rels\/(document|header\d*|footer\d*)\.xml\.rels$/;

function xmlOf(files: Record<string, Uint8Array>, name: string): XmlEl | undefined {
  const bytes = files[name];
  return bytes ? parseXml(utf8(bytes), 'DOCX file') : undefined;
}

function relsOf(files: Record<string, Uint8Array>, part: string): Map<string, string> {
  const rels = new Map<string, string>();
  for (const r of children(xmlOf(files, `word/_rels/${part}.rels`), 'Relationship')) {
    if (r.attrs.Id && r.attrs.Target && /hyperlink$/.test(r.attrs.Type ?? '')) rels.set(r.attrs.Id, r.attrs.Target);
  }
  return rels;
}

/** Lines of every header (or footer) part, each distinct line once: first-page and default headers repeat. */
function marginLines(files: Record<string, Uint8Array>, kind: 'header' | 'footer', base: Omit<DocxContext, 'rels'>): DocLine[] {
  const parts = Object.keys(files).filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n)).sort();
  const out = distinctLines(parts.map((name) => blockLines(xmlOf(files, name) as XmlEl, { ...base, rels: relsOf(files, name.slice(5)) })));
  if (out.length) base.notes.push(`${kind}: ${out.length} line${out.length === 1 ? '' : 's'}`);
  return out;
}

/**
 * Reads a DOCX through its structure: the body in order, tables cell by cell, text boxes,
 * then headers first (contact details often live there) and footers last.
 */
export function extractDocx(bytes: Uint8Array): ExtractedDoc {
  const files = readZipEntries(bytes, (n) => PART_RE.test(n), 'DOCX');
  const document = xmlOf(files, 'word/document.xml');
  if (!document) throw new CvParseError('not a valid DOCX file (no word/document.xml inside)');
  const body = child(document, 'w:body');
  if (document.name !== 'w:document' || !body) throw new CvParseError('not a valid DOCX file (word/document.xml is not a Word body)');
  const styles = readStyles(xmlOf(files, 'word/styles.xml'));
  const links: string[] = [];
  const notes: string[] = [];
  const base = { styles, links, notes };
  const header = marginLines(files, 'header', base);
  const main = blockLines(body, { ...base, rels: relsOf(files, 'document.xml') });
  const footer = marginLines(files, 'footer', base);
  if (footer.length) footer[0] = { ...footer[0], flowStart: true };
  const lines = [...header, ...main, ...footer];
  return { lines, links, warnings: [], bodySize: bodySizeOf(lines, styles.defaults.size ?? 10), notes };
}
