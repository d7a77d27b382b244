import { type DocLine, makeLine } from '../document';

/** Run and paragraph looks that a style or a run can set; undefined means "inherit". */
export interface Looks {
  bold?: boolean;
  /** Points. */
  size?: number;
  caps?: boolean;
  hidden?: boolean;
  /** Outline level of a heading style, counted from 0. */
  outline?: number;
  list?: boolean;
}

/** A stretch of text with the looks it is set in; "\t" splits cells, "\n" lines. */
export interface Piece {
  text: string;
  bold: boolean;
  size: number;
}

/** Appends without spreading into arguments, which overflows the stack for very long arrays. */
export function append<T>(out: T[], items: readonly T[]): T[] {
  for (const x of items) out.push(x);
  return out;
}

/** Later looks win where they say something. */
export function merge(...all: Looks[]): Looks {
  const out: Record<string, unknown> = {};
  for (const l of all) {
    for (const k in l) {
      const v = (l as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = v;
    }
  }
  return out as Looks;
}

export function piece(text: string, looks: Looks): Piece {
  return { text: looks.caps ? text.toUpperCase() : text, bold: !!looks.bold, size: looks.size ?? 10 };
}

/** Size and weight of a line: the size that most of its letters have; bold when all are. */
function lineOf(pieces: Piece[], init: Partial<DocLine>): DocLine | undefined {
  const bySize = new Map<number, number>();
  let chars = 0;
  let boldChars = 0;
  for (const p of pieces) {
    const n = p.text.replace(/\s/g, '').length;
    chars += n;
    if (p.bold) boldChars += n;
    bySize.set(p.size, (bySize.get(p.size) ?? 0) + n);
  }
  const size = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const cells = pieces.map((p) => p.text).join('').split('\t');
  // A lone symbol before a tab is a typed list marker ("›", "»", "→"), as Word's own bullets are.
  const marker = cells.length > 1 && /^\s*[\p{P}\p{S}]{1,2}\s*$/u.test(cells[0]);
  return makeLine(marker ? cells.slice(1) : cells, { ...init, size, bold: chars > 0 && boldChars === chars, bullet: init.bullet || marker });
}

/** A paragraph's pieces as lines, split at its line breaks. */
export function piecesToLines(pieces: Piece[], init: Partial<DocLine>): DocLine[] {
  const out: DocLine[] = [];
  let cur: Piece[] = [];
  const flush = (): void => {
    const line = lineOf(cur, { ...init, gapAbove: out.length ? 1 : init.gapAbove });
    if (line) out.push(line);
    cur = [];
  };
  for (const p of pieces) {
    p.text.split('\n').forEach((t, i) => {
      if (i > 0) flush();
      if (t) cur.push({ ...p, text: t });
    });
  }
  flush();
  return out;
}

/** The size most body letters are set in. */
export function bodySizeOf(lines: DocLine[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (!l.heading) counts.set(l.size, (counts.get(l.size) ?? 0) + l.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}
