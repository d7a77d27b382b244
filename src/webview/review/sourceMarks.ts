import type { Provenance } from '../../core/parsedCv';
import { compact } from '../../core/parser/provenance/haystack';

/** What one call of `show` marked: how many places, on which PDF pages. */
export interface Marked {
  marks: number;
  pages: number[];
}

const HIGHLIGHT = 'samsara-source';

/**
 * Marks in the document where a field's value was read: a box over the PDF page (in per cent of
 * the page, so it follows the page's drawn size), or for text views the characters themselves
 * (CSS highlights, which leave the document's DOM as it is).
 */
export class SourceMarks {
  private provenance: Record<string, Provenance> = {};
  private rawText = '';
  private viewText: { text: string; at: [Text, number][] } | undefined;

  constructor(private readonly pane: HTMLElement) {}

  update(provenance: Record<string, Provenance> | undefined, rawText: string): void {
    this.provenance = provenance ?? {};
    this.rawText = rawText;
  }

  /** Marks the field's source (a list field: each item's); undefined clears the marks. */
  show(path: string | undefined): Marked {
    this.clear();
    if (!path) return { marks: 0, pages: [] };
    const found = Object.entries(this.provenance).filter(([k]) => k === path || k.startsWith(`${path}/`)).map(([, v]) => v);
    const boxes = found.flatMap((p) => ('page' in p ? [this.markBox(p)] : []));
    const ranges = found.flatMap((p) => ('start' in p ? this.textRange(p) : []));
    if (ranges.length) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    const first = boxes.find((b): b is HTMLElement => !!b);
    if (first) first.scrollIntoView({ block: 'center' });
    else if (ranges[0]) this.scrollTo(ranges[0]);
    const pages = [...new Set(found.flatMap((p) => ('page' in p ? [p.page] : [])))];
    return { marks: boxes.filter(Boolean).length + ranges.length, pages };
  }

  private clear(): void {
    for (const m of this.pane.querySelectorAll('.source-mark')) m.remove();
    CSS.highlights.delete(HIGHLIGHT);
  }

  private markBox(p: Extract<Provenance, { page: number }>): HTMLElement | undefined {
    const page = this.pane.querySelector<HTMLElement>(`.pdf-page[data-page="${p.page}"]`);
    const w = Number(page?.dataset.w);
    const h = Number(page?.dataset.h);
    if (!page || !w || !h) return undefined;
    const [x, y, bw, bh] = p.box;
    const mark = document.createElement('div');
    mark.className = 'source-mark';
    mark.setAttribute('aria-hidden', 'true');
    Object.assign(mark.style, { left: `${(x / w) * 100}%`, top: `${(y / h) * 100}%`, width: `${(bw / w) * 100}%`, height: `${(bh / h) * 100}%` });
    page.append(mark);
    return mark;
  }

  /**
   * The view shows the file, raw_text the parser's lines: the same characters apart from white
   * space and list marks, in the same order. The value is found in the view as the same
   * occurrence it is in raw_text.
   */
  private textRange(p: Extract<Provenance, { start: number }>): Range[] {
    const needle = compact(this.rawText.slice(p.start, p.end));
    if (!needle) return [];
    const nth = occurrences(compact(this.rawText.slice(0, p.start)), needle);
    const view = (this.viewText ??= indexText(this.pane));
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      const next = view.text.indexOf(needle, at + 1);
      if (next < 0) break;
      at = next;
    }
    if (at < 0) return [];
    const range = document.createRange();
    const [startNode, startOffset] = view.at[at];
    const [endNode, endOffset] = view.at[at + needle.length - 1];
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset + 1);
    return [range];
  }

  private scrollTo(range: Range): void {
    const r = range.getBoundingClientRect();
    const pane = this.pane.getBoundingClientRect();
    this.pane.scrollTop += r.top - pane.top - this.pane.clientHeight / 3;
  }
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** The pane's text in searchable form, each character with its text node and offset. */
function indexText(pane: HTMLElement): { text: string; at: [Text, number][] } {
  let text = '';
  const at: [Text, number][] = [];
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const s = node.data;
    for (let i = 0; i < s.length; i++) {
      const c = compact(s[i]);
      if (c.length !== 1) continue;
      text += c;
      at.push([node, i]);
    }
  }
  return { text, at };
}
