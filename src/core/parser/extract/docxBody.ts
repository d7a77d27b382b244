import type { DocLine } from '../document';
import { type DocxStyles, paragraphLooks, runLooks } from './docxStyles';
import { LineCollector } from './flows';
import { type Looks, type Piece, append, merge, piece, piecesToLines } from './looks';
import { type TableCell, tableToLines } from './tableLayout';
import { type XmlEl, child, children, isEl, textOf } from './xml';

/**
 * WordprocessingML body to lines. Evidence kept per line: heading styles (outline level),
 * bold and size from runs and their styles (w:b, w:sz, basedOn chains), list numbering as
 * bullets, tabs as cells, line breaks as lines, empty paragraphs as gaps. Tables go through
 * tableLayout; text boxes are read where they are anchored, as a flow of their own.
 */
export interface DocxContext {
  styles: DocxStyles;
  /** Relationship id to target, for hyperlinks of the part being read. */
  rels: Map<string, string>;
  links: string[];
  notes: string[];
}

const HYPERLINK_RE = /HYPERLINK\s+"([^"]+)"/;

function addLink(ctx: DocxContext, url: string | undefined): void {
  if (url && /^(https?:|mailto:|tel:|www\.)/i.test(url)) ctx.links.push(url);
}

/** Text boxes inside a drawing; of an mc:AlternateContent only the first choice is read (the fallback repeats it). */
function textBoxes(el: XmlEl): XmlEl[] {
  if (el.name === 'mc:AlternateContent') {
    const choice = child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
    return choice ? textBoxes(choice) : [];
  }
  const out: XmlEl[] = [];
  for (const k of el.kids) {
    if (!isEl(k)) continue;
    if (k.name === 'w:txbxContent') out.push(k);
    else append(out, textBoxes(k));
  }
  return out;
}

function runPieces(r: XmlEl, looks: Looks, ctx: DocxContext, pieces: Piece[], boxes: XmlEl[]): void {
  const rPr = child(r, 'w:rPr');
  const l = rPr ? merge(looks, ctx.styles.resolve(child(rPr, 'w:rStyle')?.attrs['w:val']), runLooks(rPr)) : looks;
  if (l.hidden) return;
  const add = (text: string): void => {
    pieces.push(piece(text, l));
  };
  for (const k of r.kids) {
    if (!isEl(k)) continue;
    if (k.name === 'w:t') add(textOf(k));
    else if (k.name === 'w:tab' || k.name === 'w:ptab') add('\t');
    else if (k.name === 'w:br' || k.name === 'w:cr') add('\n');
    else if (k.name === 'w:noBreakHyphen') add('-');
    else if (k.name === 'w:instrText') addLink(ctx, HYPERLINK_RE.exec(textOf(k))?.[1]);
    else if (k.name === 'w:drawing' || k.name === 'w:pict' || k.name === 'mc:AlternateContent') append(boxes, textBoxes(k));
  }
}

function inlinePieces(el: XmlEl, looks: Looks, ctx: DocxContext, pieces: Piece[], boxes: XmlEl[]): void {
  for (const k of el.kids) {
    if (!isEl(k)) continue;
    if (k.name === 'w:r') runPieces(k, looks, ctx, pieces, boxes);
    else if (k.name === 'w:hyperlink') {
      addLink(ctx, ctx.rels.get(k.attrs['r:id'] ?? ''));
      inlinePieces(k, looks, ctx, pieces, boxes);
    } else if (k.name === 'w:fldSimple') {
      addLink(ctx, HYPERLINK_RE.exec(k.attrs['w:instr'] ?? '')?.[1]);
      inlinePieces(k, looks, ctx, pieces, boxes);
    } else if (k.name === 'mc:AlternateContent') append(boxes, textBoxes(k));
    else if (k.name !== 'w:del' && k.name !== 'w:pPr' && k.name !== 'w:moveFrom') inlinePieces(k, looks, ctx, pieces, boxes);
  }
}

function paragraphLines(p: XmlEl, ctx: DocxContext, gapAbove: number, boxes: XmlEl[]): DocLine[] {
  const pPr = child(p, 'w:pPr');
  const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'] ?? ctx.styles.normal;
  // The paragraph mark's own run properties (pPr/rPr) style only the mark, not the text.
  const looks = merge(ctx.styles.defaults, ctx.styles.resolve(styleId));
  const para = merge(looks, paragraphLooks(pPr));
  const pieces: Piece[] = [];
  inlinePieces(p, looks, ctx, pieces, boxes);
  const heading = para.outline !== undefined && para.outline < 9;
  return piecesToLines(pieces, { heading, bullet: !!para.list, gapAbove });
}

function gridWidths(tbl: XmlEl): number[] {
  return children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Number(g.attrs['w:w']) || 0);
}

function tableLines(tbl: XmlEl, ctx: DocxContext): ReturnType<typeof tableToLines> {
  const grid = gridWidths(tbl);
  const rows: TableCell[][] = children(tbl, 'w:tr').map((tr) => {
    let col = 0;
    return children(tr, 'w:tc').map((tc) => {
      const span = Number(child(child(tc, 'w:tcPr'), 'w:gridSpan')?.attrs['w:val']) || 1;
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return { lines: blockLines(tc, ctx), width };
    });
  });
  return tableToLines(rows, ctx.styles.defaults.size ?? 10, ctx.notes);
}

/** Paragraphs and tables of a body, cell or text box, in order. */
export function blockLines(container: XmlEl, ctx: DocxContext): DocLine[] {
  const c = new LineCollector(ctx.notes, ctx.styles.defaults.size ?? 10);
  for (const k of container.kids) {
    if (!isEl(k)) continue;
    if (k.name === 'w:p') {
      const boxes: XmlEl[] = [];
      c.push(paragraphLines(k, ctx, c.gap(), boxes));
      c.boxes(boxes.map((b) => blockLines(b, ctx)));
    } else if (k.name === 'w:tbl') {
      const t = tableLines(k, ctx);
      c.push(t.lines, t.endsInFlows);
    } else if (k.name === 'w:sdt') c.push(blockLines(child(k, 'w:sdtContent') ?? k, ctx));
    else if (k.name === 'w:customXml' || k.name === 'w:ins') c.push(blockLines(k, ctx));
  }
  return c.lines;
}
