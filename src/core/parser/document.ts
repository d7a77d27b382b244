/** The format-neutral text every extractor produces and every field reader consumes. */
export interface DocLine {
  /** The line's text; cells are joined with a tab. */
  text: string;
  /** Pieces separated by a wide gap, a tab or a table cell border. */
  cells: string[];
  page: number;
  /** Left edge and baseline (PDF points, y grows downwards); 0 where the format has no positions. */
  x: number;
  y: number;
  /** Font size in points; headings of structured formats get a size by level. */
  size: number;
  bold: boolean;
  /** Marked as a heading by the format itself (DOCX/ODT heading style, Markdown #). */
  heading: boolean;
  bullet: boolean;
  /** Empty space above the line, in multiples of the usual line spacing (1 = none). */
  gapAbove: number;
  /** First line of a new text flow (the second column of a sidebar page): no section runs on into it. */
  flowStart?: boolean;
  /** Set in a narrow margin column beside the body: a heading or label for the lines after it. */
  margin?: boolean;
  /** The field name a label column sets beside this line ("Employer"); not part of the text. */
  label?: string;
}

/** One PDF text run as drawn: PDF points from the page's top-left corner, y at the baseline. */
export interface TextRun {
  page: number;
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface ExtractedDoc {
  lines: DocLine[];
  /** URLs from link annotations and hyperlinks, in document order. */
  links: string[];
  warnings: string[];
  /** The body text size, to tell headings from text. */
  bodySize: number;
  /** What the extractor saw (columns, gutters, margin column, tables), one line each, for --explain. */
  notes?: string[];
  /** Set when any page was read by OCR. */
  ocr?: { pages: number; mean_confidence: number; languages: string[] };
  /** A PDF's text runs with their positions, so values can be traced back to the page. */
  runs?: TextRun[];
}

/** List markers a line may start with; "›", "»" and "→" are typed markers as common as the bullet glyphs. */
const BULLET_RE = /^\s*(?:[•●○◦▪▫■□►▸‣⁃∙·◆◇❖➢➤✓✔*{–—›»→-]|\d{1,2}[.)])(?:\s+|$)/u;
/** Icon glyphs from symbol fonts land in the Private Use Area; they carry no text. */
const PUA_RE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\uFFFD]/gu;

/** Control characters (some PDF fonts map glyphs to NUL); tab and newline are handled elsewhere. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export function cleanText(s: string): string {
  return s.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC')).replace(PUA_RE, ' ').replace(CONTROL_RE, '').replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
}

export function stripBullet(s: string): { text: string; bullet: boolean } {
  const m = BULLET_RE.exec(s);
  if (!m) return { text: s, bullet: false };
  return { text: s.slice(m[0].length).trim(), bullet: true };
}

/** Builds a line from cells, stripping a leading bullet glyph. */
export function makeLine(rawCells: string[], init: Partial<DocLine> = {}): DocLine | undefined {
  const cells = rawCells.map(cleanText).filter((c) => c.length > 0);
  if (!cells.length) return undefined;
  const b = stripBullet(cells[0]);
  const bullet = init.bullet || b.bullet;
  if (b.bullet) {
    if (b.text) cells[0] = b.text;
    else cells.shift();
  }
  if (!cells.length) return undefined;
  return {
    page: 1, x: 0, y: 0, size: 0, bold: false, heading: false, gapAbove: 1, ...init,
    cells, bullet, text: cells.join('\t'),
  };
}
