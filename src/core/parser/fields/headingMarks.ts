/**
 * Picks the section headings of a document from scored candidates (headingScore.ts): first those
 * named by their words, then lines in the same style as those. Evidence: the scores, the order of
 * lines, dates right below a line (an entry head, not a section), company and school words, and
 * the start of a new text flow.
 */
import type { DocLine } from '../document';
import { looksLikeName } from './contact';
import { firstDateRange } from './dates';
import { type Candidate, HEADING_THRESHOLD, NEAR_MISS_MARGIN, type Page, isCaps, leftEdgeOf, scoreColon, scoreNamedLine, scoreRow, scoreStyled, scoreWrapped, scoreWrappedRow, styleOf } from './headingScore';
import { companyScore, schoolScore, titleScore } from './words';

export interface Mark extends Candidate {
  key: NonNullable<Candidate['key']>;
  /** A new text flow without a heading: its lines start an unnamed block. */
  flow?: boolean;
}

export interface HeadingFinding {
  marks: Mark[];
  /** Lines that scored close to the threshold without reaching it. */
  nearMisses: Candidate[];
}

function best(cands: (Candidate | undefined)[]): Candidate | undefined {
  let b: Candidate | undefined;
  for (const c of cands) if (c && c.key && (!b || c.score > b.score || (c.score === b.score && c.span > b.span))) b = c;
  return b;
}

/** The headings named by their words, in order; the current section tells a row label from a heading. */
function byWords(lines: DocLine[], page: Page, near: Candidate[]): Mark[] {
  const marks: Mark[] = [];
  let current = 'header';
  let rowsSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.flowStart) {
      marks.push({ index: i, span: 0, key: 'other', heading: '', flow: true, signals: [{ name: 'new text flow', weight: 0 }], score: 0 });
      current = 'header';
    }
    const c = best([scoreWrapped(lines, i, page), scoreWrappedRow(lines, i, page), scoreNamedLine(lines, i, page), scoreRow(lines, i, page, current, rowsSeen), scoreColon(l, i)]);
    if (!c?.key) continue;
    if (c.score >= HEADING_THRESHOLD) {
      if (marks.length && marks[marks.length - 1].flow && marks[marks.length - 1].index === i) marks.pop();
      marks.push({ ...c, key: c.key });
      current = c.key;
      rowsSeen ||= !!c.rest;
      i += c.span - 1;
    } else if (c.score >= HEADING_THRESHOLD - NEAR_MISS_MARGIN) near.push(c);
  }
  return marks;
}

/** Lines styled like the headings found by their words become "other" sections. */
function byStyle(lines: DocLine[], page: Page, marks: Mark[], near: Candidate[]): Mark[] {
  const styles = new Set(marks.filter((m) => !m.rest && !m.flow).map((m) => styleOf(lines[m.index])));
  const taken = new Set<number>();
  for (const m of marks) for (let k = 0; k < Math.max(m.span, 1); k++) taken.add(m.index + k);
  const named = marks.find((m) => !m.flow);
  const sizes = marks.filter((m) => !m.flow && !m.rest).map((m) => lines[m.index].size);
  const smallest = sizes.length ? Math.min(...sizes) : 0;
  const out: Mark[] = [];
  // Before the first named heading sits the name and the contact block, which look like headings too.
  for (let i = (named?.index ?? lines.length) + 1; i < lines.length; i++) {
    const l = lines[i];
    if (taken.has(i) || l.bullet || l.cells.length > 1 || !/^\p{Lu}/u.test(l.text)) continue;
    // Bold alone is how entries head themselves; a section heading stands out more.
    const distinct = l.heading || isCaps(l.text) || l.size >= page.bodySize * 1.15;
    const styleMatch = distinct && styles.has(styleOf(l));
    if (!styleMatch && !l.heading) continue;
    // Dates below an entry's head; but a next line that is a whole entry head itself (title and date) follows a section heading.
    const next = lines[i + 1];
    const nextIsEntry = !!next && !!firstDateRange(next.text) && (titleScore(next.text) > 0 || companyScore(next.text) > 0);
    const dated = !nextIsEntry && lines.slice(i + 1, i + 4).some((n) => firstDateRange(n.text));
    const c = scoreStyled(lines, i, page, styleMatch, dated, !!(companyScore(l.text) || schoolScore(l.text)));
    // Smaller than every heading named by its words: a sub-heading inside a section.
    if (!styleMatch && l.size < smallest) c.signals.push({ name: 'smaller than the section headings', weight: -1.5 });
    c.score = c.signals.reduce((n, x) => n + x.weight, 0);
    if (c.score >= HEADING_THRESHOLD && (styleMatch || !looksLikeName(l.text))) out.push({ ...c, key: 'other' });
    else if (c.score >= HEADING_THRESHOLD - NEAR_MISS_MARGIN && styleMatch) near.push(c);
  }
  return out;
}

export function findHeadings(lines: DocLine[], bodySize: number): HeadingFinding {
  const page: Page = { bodySize, leftEdge: leftEdgeOf(lines) };
  const nearMisses: Candidate[] = [];
  const words = byWords(lines, page, nearMisses);
  const marks = [...words, ...byStyle(lines, page, words, nearMisses)].sort((a, b) => a.index - b.index);
  return { marks, nearMisses: nearMisses.sort((a, b) => a.index - b.index) };
}
