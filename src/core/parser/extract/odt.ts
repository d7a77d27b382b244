import { CvParseError } from '../errors';
import type { DocLine, ExtractedDoc } from '../document';
import { type Looks, type Piece, append, bodySizeOf, merge, piece, piecesToLines } from './looks';
import { LineCollector, distinctLines } from './flows';
import { type OdtStyles, points, readOdtStyles } from './odtStyles';
import { type TableCell, tableToLines } from './tableLayout';
import { type XmlEl, child, children, isEl, parseXml } from './xml';
import { readZipEntries, utf8 } from './zip';

/**
 * OpenDocument text to lines. Evidence kept per line: text:h outline levels and heading
 * styles, bold and size from styles and spans (following parent styles), list items as
 * bullets, tabs as cells, line breaks as lines, empty paragraphs as gaps. Tables go through
 * tableLayout; frames and shapes holding text are read where they are anchored, as a flow
 * of their own; the master page's header comes first and its footer last.
 */
interface Ctx {
  styles: OdtStyles;
  /** Column style name to width in points. */
  columnWidths: Map<string, number>;
  links: string[];
  notes: string[];
}

const BLOCKS = new Set(['text:p', 'text:h', 'text:list', 'table:table', 'text:section']);

/** Frames and shapes: the text each holds, read as blocks. */
function boxBlocks(el: XmlEl, ctx: Ctx): DocLine[][] {
  if (el.kids.some((k) => isEl(k) && BLOCKS.has(k.name))) return [blockLines(el, ctx)];
  return el.kids.flatMap((k) => (isEl(k) && k.name.startsWith('draw:') ? boxBlocks(k, ctx) : []));
}

function inlinePieces(el: XmlEl, looks: Looks, ctx: Ctx, pieces: Piece[], boxes: DocLine[][]): void {
  for (const k of el.kids) {
    // XML white space inside a paragraph is a space (ODF 6.1.2); text:tab and text:s say more.
    if (!isEl(k)) pieces.push(piece(k.replace(/[\t\r\n]/g, ' '), looks));
    else if (k.name === 'text:tab') pieces.push(piece('\t', looks));
    else if (k.name === 'text:s') pieces.push(piece(' '.repeat(Math.min(Number(k.attrs['text:c'] ?? 1) || 1, 8)), looks));
    else if (k.name === 'text:line-break') pieces.push(piece('\n', looks));
    else if (k.name.startsWith('draw:')) append(boxes, boxBlocks(k, ctx));
    else if (k.name === 'office:annotation' || k.name === 'text:note' || k.name === 'text:tracked-changes') continue;
    else {
      if (k.name === 'text:a' && /^(https?:|mailto:|tel:|www\.)/i.test(k.attrs['xlink:href'] ?? '')) ctx.links.push(k.attrs['xlink:href']);
      const span = k.name === 'text:span' ? merge(looks, ctx.styles.resolve(k.attrs['text:style-name'])) : looks;
      if (!span.hidden) inlinePieces(k, span, ctx, pieces, boxes);
    }
  }
}

function paragraphLines(p: XmlEl, ctx: Ctx, gapAbove: number, bullet: boolean, boxes: DocLine[][]): DocLine[] {
  const looks = merge(ctx.styles.defaults, ctx.styles.resolve(p.attrs['text:style-name']));
  const pieces: Piece[] = [];
  inlinePieces(p, looks, ctx, pieces, boxes);
  const heading = p.name === 'text:h' || (looks.outline !== undefined && looks.outline >= 0);
  return piecesToLines(pieces, { heading, bullet: bullet || (!!looks.list && !heading), gapAbove });
}

function columnWidths(tbl: XmlEl, ctx: Ctx): number[] {
  const cols = children(tbl, 'table:table-column').concat(...['table:table-columns', 'table:table-header-columns'].map((n) => children(child(tbl, n), 'table:table-column')));
  return cols.flatMap((c) => Array<number>(Math.min(Number(c.attrs['table:number-columns-repeated'] ?? 1) || 1, 64)).fill(ctx.columnWidths.get(c.attrs['table:style-name'] ?? '') ?? 0));
}

function tableLines(tbl: XmlEl, ctx: Ctx): ReturnType<typeof tableToLines> {
  const grid = columnWidths(tbl, ctx);
  const rowEls = [tbl, ...['table:table-header-rows', 'table:table-rows', 'table:table-row-group'].map((n) => child(tbl, n))].flatMap((c) => children(c, 'table:table-row'));
  const rows: TableCell[][] = rowEls.map((tr) => {
    let col = 0;
    return children(tr, 'table:table-cell').map((tc) => {
      const span = Number(tc.attrs['table:number-columns-spanned'] ?? 1) || 1;
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return { lines: blockLines(tc, ctx), width };
    });
  });
  return tableToLines(rows, ctx.styles.defaults.size ?? 12, ctx.notes);
}

/** Paragraphs, lists and tables of a body, cell, frame or header, in order. */
function blockLines(container: XmlEl, ctx: Ctx, bullet = false): DocLine[] {
  const c = new LineCollector(ctx.notes, ctx.styles.defaults.size ?? 12);
  for (const k of container.kids) {
    if (!isEl(k)) continue;
    if (k.name === 'text:p' || k.name === 'text:h') {
      const boxes: DocLine[][] = [];
      c.push(paragraphLines(k, ctx, c.gap(), bullet, boxes));
      c.boxes(boxes);
    } else if (k.name === 'text:list') c.push(children(k, 'text:list-item').flatMap((item) => blockLines(item, ctx, true)));
    else if (k.name === 'table:table') {
      const t = tableLines(k, ctx);
      c.push(t.lines, t.endsInFlows);
    } else if (k.name === 'text:section' || k.name === 'office:text' || k.name === 'text:list-header') c.push(blockLines(k, ctx, bullet));
  }
  return c.lines;
}

function tableColumnWidths(containers: (XmlEl | undefined)[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of containers) {
    for (const s of children(c, 'style:style')) {
      const w = points(child(s, 'style:table-column-properties')?.attrs['style:column-width']);
      if (w) out.set(s.attrs['style:name'], w);
    }
  }
  return out;
}

/** Headers (or footers) of every page style, first-page and left-page variants included, each distinct line once. */
function marginLines(pages: XmlEl[], kind: 'header' | 'footer', ctx: Ctx): DocLine[] {
  const parts = pages.flatMap((page) => page.kids.filter((k): k is XmlEl => isEl(k) && k.name.startsWith(`style:${kind}`) && !k.name.endsWith('-style')));
  const out = distinctLines(parts.map((part) => blockLines(part, ctx)));
  if (out.length) ctx.notes.push(`${kind}: ${out.length} line${out.length === 1 ? '' : 's'}`);
  return out;
}

export function extractOdt(bytes: Uint8Array): ExtractedDoc {
  const files = readZipEntries(bytes, (n) => n === 'content.xml' || n === 'styles.xml', 'ODT');
  if (!files['content.xml']) throw new CvParseError('not a valid ODT file (no content.xml inside)');
  const content = parseXml(utf8(files['content.xml']), 'ODT file');
  if (content.name !== 'office:document-content') throw new CvParseError('not a valid ODT file (content.xml is not an OpenDocument body)');
  const stylesDoc = files['styles.xml'] ? parseXml(utf8(files['styles.xml']), 'ODT file') : undefined;
  const containers = [child(stylesDoc, 'office:styles'), child(stylesDoc, 'office:automatic-styles'), child(content, 'office:automatic-styles')];
  const ctx: Ctx = { styles: readOdtStyles(containers), columnWidths: tableColumnWidths(containers), links: [], notes: [] };
  const pages = children(child(stylesDoc, 'office:master-styles'), 'style:master-page');
  const header = marginLines(pages, 'header', ctx);
  const body = child(child(content, 'office:body'), 'office:text');
  const main = body ? blockLines(body, ctx) : [];
  const footer = marginLines(pages, 'footer', ctx);
  if (footer.length) footer[0] = { ...footer[0], flowStart: true };
  const lines = [...header, ...main, ...footer];
  return { lines, links: ctx.links, warnings: [], bodySize: bodySizeOf(lines, ctx.styles.defaults.size ?? 12), notes: ctx.notes };
}
