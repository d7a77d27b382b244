import type { DocLine } from '../document';
import { append } from './looks';

/**
 * Side-by-side blocks of text (table cells read as columns, text boxes): which to read first,
 * and the bookkeeping of a body that is read block by block.
 *
 * Evidence for the first block: it holds the largest text (the name, at least 1.3 times the
 * body size and clearly above the others) or, failing that, the only contact details (e-mail,
 * phone, profile links); otherwise blocks keep their document order.
 */
const CONTACT_RE = /@|\+?\d[\d ()/.-]{7,}\d|linkedin|github|https?:|www\./i;

function maxSize(lines: DocLine[]): number {
  return lines.reduce((m, l) => Math.max(m, l.size), 0);
}

/** The index of the block to read first among side-by-side flows. */
function firstFlow(blocks: DocLine[][], bodySize: number): { index: number; why: string } {
  const sizes = blocks.map(maxSize);
  const top = Math.max(...sizes);
  const others = sizes.filter((_, i) => i !== sizes.indexOf(top));
  if (top >= bodySize * 1.3 && others.every((s) => s < top * 0.85)) return { index: sizes.indexOf(top), why: 'largest text' };
  const contact = blocks.findIndex((b) => b.some((l) => CONTACT_RE.test(l.text)));
  const contacts = blocks.filter((b) => b.some((l) => CONTACT_RE.test(l.text))).length;
  if (contact >= 0 && contacts === 1) return { index: contact, why: 'contact details' };
  return { index: 0, why: 'in document order' };
}

/**
 * Side-by-side blocks (table cells, text boxes) one after the other, the first chosen by
 * firstFlow; every block after the first starts a new flow.
 */
export function orderedFlows(blocks: DocLine[][], bodySize: number): { lines: DocLine[]; first: number; why: string } {
  const { index, why } = firstFlow(blocks, bodySize);
  const order = [index, ...blocks.map((_, i) => i).filter((i) => i !== index)];
  const lines: DocLine[] = [];
  order.forEach((i, k) => {
    blocks[i].forEach((l, j) => lines.push(k > 0 && j === 0 ? { ...l, flowStart: true } : l));
  });
  return { lines, first: index, why };
}


/** The lines of several blocks, each distinct text once: page headers repeat one another (first page, left, right). */
export function distinctLines(blocks: DocLine[][]): DocLine[] {
  const seen = new Set<string>();
  const out: DocLine[] = [];
  for (const block of blocks) {
    for (const l of block) {
      if (seen.has(l.text)) continue;
      seen.add(l.text);
      out.push(l);
    }
  }
  return out;
}

/** Collects the lines of a body, cell or box: empty paragraphs become gaps, and after a flow the text that follows starts a flow of its own. */
export class LineCollector {
  readonly lines: DocLine[] = [];
  private blank = 0;
  private resume = false;

  constructor(private readonly notes: string[], private readonly bodySize: number) {}

  /** The gapAbove of the next paragraph. */
  gap(): number {
    return 1 + this.blank;
  }

  push(lines: DocLine[], endsInFlows = false): void {
    if (!lines.length) {
      this.blank++;
      return;
    }
    this.lines.push(this.resume ? { ...lines[0], flowStart: true } : lines[0]);
    append(this.lines, lines.slice(1));
    this.resume = endsInFlows;
    this.blank = 0;
  }

  /** Text boxes anchored at the current paragraph: each a flow of its own. */
  boxes(blocks: DocLine[][]): void {
    const found = blocks.filter((b) => b.length);
    if (!found.length) return;
    const { lines, first, why } = orderedFlows(found, this.bodySize);
    this.notes.push(`${found.length} text box${found.length === 1 ? '' : 'es'} (${lines.length} lines) read as flows of their own${found.length > 1 ? `, box ${first + 1} first (${why})` : ''}`);
    this.lines.push({ ...lines[0], flowStart: true });
    append(this.lines, lines.slice(1));
    this.resume = true;
  }
}
