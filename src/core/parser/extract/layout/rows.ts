/** One text run from the PDF, in points with y growing downwards (baseline). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  font: string;
}

export interface Row {
  items: PdfItem[];
  y: number;
  size: number;
  /** Text from a margin column that belongs to this row (a date beside an entry), as first cells. */
  head?: string[];
  /** The same, for a date column right of the body: last cells. */
  tail?: string[];
  /** A field name from a label column beside this row ("Employer"): not content, kept apart. */
  label?: string;
  /** The row is a block of a narrow margin column (a heading or label beside the body). */
  margin?: boolean;
}

/** Groups items that share a baseline into rows, top to bottom, each sorted left to right. */
export function buildRows(items: PdfItem[]): Row[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const last = rows[rows.length - 1];
    // Superscripts and small dates beside a title sit a little off the baseline.
    if (last && Math.abs(it.y - last.y) <= Math.max(2, 0.35 * Math.min(it.size, last.size))) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else rows.push({ items: [it], y: it.y, size: it.size });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** Whether a row spans the gutter; a sidebar line that just runs into it (a long e-mail address) does not. */
export function crosses(r: Row, g: number): boolean {
  return r.items.some((i) => i.x < g - 1 && i.x + i.w > g + 16);
}

/**
 * Whether a row's text goes on across a line within a word space ("Jane Doe, Analyst", or glyphs
 * placed one by one): one line, not a margin beside the body.
 */
export function runsAcross(r: Row, g: number): boolean {
  const k = r.items.findIndex((i) => i.x >= g);
  if (k <= 0) return false;
  const a = r.items[k - 1];
  const b = r.items[k];
  return b.x - (a.x + a.w) < 0.6 * Math.min(a.size, b.size);
}

/** The rows' text left and right of a vertical line, each side as its own rows. */
export function splitAt(rows: Row[], g: number): { left: Row[]; right: Row[] } {
  const left: Row[] = [];
  const right: Row[] = [];
  for (const r of rows) {
    const l = r.items.filter((i) => i.x < g);
    const rt = r.items.filter((i) => i.x >= g);
    if (l.length) left.push({ items: l, y: r.y, size: Math.max(...l.map((i) => i.size)) });
    if (rt.length) right.push({ items: rt, y: r.y, size: Math.max(...rt.map((i) => i.size)) });
  }
  return { left, right };
}
