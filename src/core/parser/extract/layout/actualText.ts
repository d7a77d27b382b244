/**
 * Small capitals and ligatures are often drawn with glyphs that have no Unicode value; the
 * producer then gives their text in a marked-content span's /ActualText (the build passes it on
 * pdf.js's "beginMarkedContentProps" item). The first text item in such a span takes its text,
 * the others in it are emptied; their positions stay, so the layout still measures the gaps.
 * Spaces pdf.js adds before a glyph set apart by letter-spacing are left as they are.
 */

interface TextItemLike {
  str: string;
}

interface MarkLike {
  type: string;
  actualText?: unknown;
}

/** A PDF text string: UTF-16BE after a byte-order mark, else PDFDocEncoding (Latin-1 here). */
export function pdfString(s: string): string {
  if (s.startsWith('\u00FE\u00FF')) {
    let out = '';
    for (let i = 2; i + 1 < s.length; i += 2) out += String.fromCharCode((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
    return out;
  }
  return s;
}

/** The text items, with spans' ActualText in place of their glyphs' text; marks dropped. */
export function withActualText<T extends TextItemLike>(items: readonly object[]): T[] {
  const out: T[] = [];
  // One entry per open span: its text while not yet given out, '' once given, undefined without.
  const stack: (string | undefined)[] = [];
  for (const it of items) {
    if (!('str' in it)) {
      const mark = it as MarkLike;
      if (mark.type === 'beginMarkedContentProps' || mark.type === 'beginMarkedContent') {
        stack.push(typeof mark.actualText === 'string' ? pdfString(mark.actualText) : undefined);
      } else if (mark.type === 'endMarkedContent') stack.pop();
      continue;
    }
    const item = it as T;
    let k = stack.length - 1;
    while (k >= 0 && stack[k] === undefined) k--;
    // pdf.js puts a space of its own before a glyph set apart by letter-spacing; it keeps its place.
    if (k < 0 || (item.str !== '' && !item.str.trim())) {
      out.push(item);
      continue;
    }
    out.push({ ...item, str: stack[k] ?? '' });
    stack[k] = '';
  }
  return out;
}
