/**
 * Scores one line (or one first cell, or two wrapped lines) as a section heading.
 * Evidence, each weighed: vocabulary (headings.ts), size relative to the body text, weight,
 * capitals, shortness without sentence punctuation, space above, a position left of the body
 * text's usual left edge (a margin column), the first cell of a row, a heading mark from the
 * format; against: bullets, sentences, digits and contact marks, a line that continues the
 * sentence above it.
 */
import { type DocLine, stripBullet } from '../document';
import { type SectionKey, headingKind, unspace } from './headings';

/** A line scoring at least this is a heading. */
export const HEADING_THRESHOLD = 3;
/** Lines within this much below the threshold are reported as near misses by --explain. */
export const NEAR_MISS_MARGIN = 1.5;

export interface Signal {
  name: string;
  weight: number;
}

export interface Candidate {
  index: number;
  /** How many lines the heading takes (2 when wrapped over two lines). */
  span: number;
  key: SectionKey | 'other' | undefined;
  heading: string;
  /** Text after the heading on its lines (label cells or after a colon), as content lines. */
  rest?: DocLine[];
  signals: Signal[];
  score: number;
}

/** What the lines around a candidate tell: the body text's size and usual left edge. */
export interface Page {
  bodySize: number;
  /** The most common left edge of text lines; undefined when the format has no positions. */
  leftEdge?: number;
}

export function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Short, no digits or contact marks, no sentence punctuation at the end. */
export function isShort(t: string): boolean {
  return t.length <= 40 && t.split(/\s+/).length <= 5 && !/[\d@/|•]/.test(t) && !/[.,;]$/.test(t);
}

export function styleOf(l: DocLine): string {
  return `${Math.round(l.size)}|${l.bold}|${isCaps(l.text)}|${l.heading}`;
}

export function leftEdgeOf(lines: DocLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.x > 0 && !l.bullet) counts.set(Math.round(l.x / 4) * 4, (counts.get(Math.round(l.x / 4) * 4) ?? 0) + 1);
  let best: number | undefined;
  for (const [x, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = x;
  return best;
}

/** The looks of a line, shared by every kind of candidate. */
function typography(l: DocLine, text: string, page: Page): Signal[] {
  const out: Signal[] = [];
  if (l.heading) out.push({ name: 'heading style of the format', weight: 1.5 });
  if (page.bodySize > 0 && l.size >= page.bodySize * 1.15) out.push({ name: `size ${(l.size / page.bodySize).toFixed(1)}× body`, weight: 1 });
  if (l.bold) out.push({ name: 'bold', weight: 0.5 });
  if (isCaps(text)) out.push({ name: 'capitals', weight: 0.75 });
  if (l.gapAbove >= 1.4) out.push({ name: 'space above', weight: 0.5 });
  if (page.leftEdge !== undefined && l.x > 0 && l.x < page.leftEdge - 15) out.push({ name: 'left margin', weight: 0.5 });
  if (/^\p{Ll}/u.test(text) && !l.heading) out.push({ name: 'lower case', weight: -1 });
  return out;
}

function vocabulary(text: string): { key: SectionKey | 'other' | undefined; signal?: Signal } {
  const key = headingKind(text);
  if (!key) return { key };
  return { key, signal: { name: key === 'other' ? 'section word' : `heading word (${key})`, weight: 2.5 } };
}

function total(signals: Signal[]): number {
  return Math.round(signals.reduce((n, s) => n + s.weight, 0) * 100) / 100;
}

/** A line that carries on the sentence above it: same style, the line above long and unfinished. */
function continuesAbove(l: DocLine, prev: DocLine | undefined): boolean {
  if (!prev || prev.bullet || l.gapAbove >= 1.3 || isCaps(l.text) || styleOf(prev) !== styleOf(l)) return false;
  return prev.text.length > 60 && !/[.:!?;]$/.test(prev.text);
}

/** The whole line as a heading. */
export function scoreLine(lines: DocLine[], i: number, page: Page): Candidate {
  return scoreWith(lines, i, page, vocabulary(lines[i].text));
}

/** The whole line as a heading named by its words; undefined (cheaply) when it names none. */
export function scoreNamedLine(lines: DocLine[], i: number, page: Page): Candidate | undefined {
  const v = vocabulary(lines[i].text);
  return v.key ? scoreWith(lines, i, page, v) : undefined;
}

function scoreWith(lines: DocLine[], i: number, page: Page, v: ReturnType<typeof vocabulary>): Candidate {
  const l = lines[i];
  const text = unspace(l.text).replace(/\s*:$/, '');
  const signals: Signal[] = v.signal ? [v.signal] : [];
  signals.push(...typography(l, text, page));
  if (l.bullet) signals.push({ name: 'bullet', weight: -3 });
  if (l.cells.length > 1) signals.push({ name: 'several cells', weight: -1 });
  if (isShort(text)) signals.push({ name: 'short, alone', weight: 0.5 });
  else signals.push({ name: 'sentence or figures', weight: -2 });
  if (/:$/.test(l.text)) signals.push({ name: 'colon', weight: 0.25 });
  if (continuesAbove(l, lines[i - 1])) signals.push({ name: 'continues the line above', weight: -1.5 });
  return { index: i, span: 1, key: v.key, heading: text, signals, score: total(signals) };
}

/** "EXPÉRIENCE" / "PROFESSIONNELLE": two short lines in the same style whose join is a heading. */
export function scoreWrapped(lines: DocLine[], i: number, page: Page): Candidate | undefined {
  const a = lines[i];
  const b = lines[i + 1];
  if (!b || a.bullet || b.bullet || a.cells.length > 1 || b.cells.length > 1 || b.gapAbove >= 1.4 || a.size !== b.size || a.bold !== b.bold) return undefined;
  if (!isShort(a.text) || !isShort(b.text) || styleOf(a) !== styleOf(b)) return undefined;
  const joined = `${a.text} ${b.text}`.replace(/\s*:$/, '');
  const v = vocabulary(joined);
  if (!v.signal) return undefined;
  const signals = [v.signal, { name: 'wrapped over two lines', weight: 0.5 }, ...typography(a, joined, page)];
  return { index: i, span: 2, key: v.key, heading: joined, signals, score: total(signals) };
}

/** "Experience | IT Support Specialist, …": a heading word in the first cell, content after it. */
export function scoreRow(lines: DocLine[], i: number, page: Page, current: string, rowsSeen: boolean): Candidate | undefined {
  const l = lines[i];
  if (l.cells.length < 2 || l.bullet) return undefined;
  const first = l.cells[0].replace(/\s*:$/, '');
  const v = vocabulary(first);
  if (!v.signal || !isShort(first)) return undefined;
  const signals = [v.signal, { name: 'first cell of a row', weight: 0.5 }, ...typography(l, first, page)];
  // Inside a job or a school, "Tools | Docker" is a label of the entry, not a new section.
  const entryKeys = ['work_history', 'education'];
  const inEntry = entryKeys.includes(current) && !entryKeys.includes(v.key ?? '') && !isCaps(first) && !l.bold;
  if (inEntry) signals.push({ name: 'label inside an entry', weight: -1 });
  if (v.key === current) signals.push({ name: 'same section as before', weight: -1 });
  // The document already heads its sections in a label column: this row follows suit.
  if (rowsSeen && v.key !== current) signals.push({ name: 'like the other row headings', weight: 1 });
  return { index: i, span: 1, key: v.key, heading: first, rest: [afterLabel(l, lines[i + 1])], signals, score: total(signals) };
}

/**
 * The cells after a row's label as a line of their own (a bullet glyph there makes it a bullet).
 * It starts where the section's text does, not at the label: take the left edge of the line below.
 */
function afterLabel(l: DocLine, below: DocLine | undefined): DocLine {
  const cells = l.cells.slice(1);
  const b = stripBullet(cells[0]);
  if (b.bullet && b.text) cells[0] = b.text;
  const x = below && !below.bullet && below.x > l.x ? below.x : l.x;
  return { ...l, cells, x, text: cells.join('\t'), bullet: l.bullet || b.bullet };
}

/**
 * "Employment | …" / "History | …" or "Education and | …" / "Training": a row label wrapped over
 * two lines of a narrow label column, whose join is a heading.
 */
export function scoreWrappedRow(lines: DocLine[], i: number, page: Page): Candidate | undefined {
  const a = lines[i];
  const b = lines[i + 1];
  if (!b || a.cells.length < 2 || a.bullet || b.bullet || b.gapAbove >= 1.4) return undefined;
  const second = b.cells[0].replace(/\s*:$/, '');
  if (!isShort(a.cells[0]) || !isShort(second) || !/^\p{Lu}/u.test(second) && !/^\p{Ll}/u.test(second)) return undefined;
  const joined = `${a.cells[0]} ${second}`;
  const v = vocabulary(joined);
  if (!v.signal) return undefined;
  const signals = [v.signal, { name: 'row label wrapped over two lines', weight: 1 }, ...typography(a, joined, page)];
  const rest = [afterLabel(a, lines[i + 2]), ...(b.cells.length > 1 ? [afterLabel(b, lines[i + 2])] : [])];
  return { index: i, span: 2, key: v.key, heading: joined, rest, signals, score: total(signals) };
}

/** "Skills: Python, Go": a heading word with a colon and the content after it. */
export function scoreColon(l: DocLine, i: number): Candidate | undefined {
  const m = /^([^:]{3,30}):\s+(.+)$/.exec(l.text);
  if (!m || l.bullet || l.cells.length > 1) return undefined;
  const v = vocabulary(m[1]);
  // Jobs, schools and summaries are not written on one line after a colon.
  if (!v.signal || v.key === 'other' || v.key === 'summary' || v.key === 'work_history' || v.key === 'education') return undefined;
  const signals = [v.signal, { name: 'label with a colon', weight: 0.5 }];
  return { index: i, span: 1, key: v.key, heading: m[1], rest: [{ ...l, cells: [m[2]], text: m[2] }], signals, score: total(signals) };
}

/** A line in the same style as the headings found by their words, without a known word. */
export function scoreStyled(lines: DocLine[], i: number, page: Page, styleMatch: boolean, entryNear: boolean, named: boolean): Candidate {
  const c = scoreLine(lines, i, page);
  const signals = c.signals.filter((s) => !s.name.startsWith('heading word') && s.name !== 'section word');
  if (styleMatch) signals.push({ name: 'same style as the other headings', weight: 1.5 });
  if (entryNear) signals.push({ name: 'dates follow (heads an entry)', weight: -2 });
  if (named) signals.push({ name: 'company or school words', weight: -2 });
  return { ...c, key: 'other', signals, score: total(signals) };
}
