import type { DocLine, ExtractedDoc } from '../document';
import { type SectionKey, headingKind } from './headings';
import { firstDateRange } from './dates';
import { companyScore, isLevel, schoolScore } from './words';

export interface Section {
  /** A contract key, or 'other' (heading kept), or 'header' for the lines before the first heading. */
  key: SectionKey | 'other' | 'header';
  heading: string;
  lines: DocLine[];
}

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function styleOf(l: DocLine): string {
  return `${Math.round(l.size)}|${l.bold}|${isCaps(l.text)}|${l.heading}`;
}

/** A line that could be a heading by its looks: short, alone, no digits or contact marks. */
function headingShaped(l: DocLine): boolean {
  const t = l.text;
  return !l.bullet && l.cells.length === 1 && t.length <= 40 && t.split(/\s+/).length <= 5 && !/[\d@/|•]/.test(t) && !/[.,;]$/.test(t) && /^\p{Lu}/u.test(t);
}

interface Mark {
  index: number;
  key: SectionKey | 'other';
  heading: string;
  /** Text after the heading on the same line (label-column layouts). */
  rest?: DocLine;
  /** A new text flow without a heading: its lines start an unnamed block. */
  flow?: boolean;
}

function knownHeading(l: DocLine, i: number): Mark | undefined {
  if (l.bullet) return undefined;
  const whole = headingKind(l.text);
  if (whole && l.cells.length === 1) return { index: i, key: whole, heading: l.text.replace(/\s*:$/, '') };
  const first = headingKind(l.cells[0]);
  if (first && l.cells.length > 1 && isCaps(l.cells[0])) {
    const cells = l.cells.slice(1);
    return { index: i, key: first, heading: l.cells[0], rest: { ...l, cells, text: cells.join('\t') } };
  }
  // "Skills: Python, Go" — a heading word with a colon and the content after it.
  const colon = /^([^:]{3,30}):\s+(.+)$/.exec(l.text);
  const ck = colon && headingKind(colon[1]);
  if (colon && ck && ck !== 'other' && ck !== 'summary' && ck !== 'work_history' && ck !== 'education') {
    return { index: i, key: ck, heading: colon[1], rest: { ...l, cells: [colon[2]], text: colon[2] } };
  }
  return undefined;
}

/**
 * Finds the headings: first by their words, then any other line set in the same style as
 * those (same size, weight and case, alone on its line), which becomes an "other" section.
 */
function findMarks(lines: DocLine[], bodySize: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = knownHeading(lines[i], i);
    if (m) marks.push(m);
    else if (lines[i].flowStart) marks.push({ index: i, key: 'other', heading: '', flow: true });
  }
  const styles = new Set(marks.filter((m) => !m.rest && !m.flow).map((m) => styleOf(lines[m.index])));
  const known = new Set(marks.map((m) => m.index));
  const firstMark = marks[0]?.index ?? lines.length;
  for (let i = firstMark + 1; i < lines.length; i++) {
    const l = lines[i];
    if (known.has(i) || !headingShaped(l) || !styles.has(styleOf(l))) continue;
    const distinct = l.heading || isCaps(l.text) || l.size >= bodySize * 1.15;
    // A line in heading style followed by dates heads an entry (a company, a school), not a section.
    const dated = lines.slice(i + 1, i + 4).some((n) => firstDateRange(n.text));
    if (distinct && !dated && !companyScore(l.text) && !schoolScore(l.text)) marks.push({ index: i, key: 'other', heading: l.text });
  }
  return marks.sort((a, b) => a.index - b.index);
}

const CONTACT_MARK = /@|\+?\d[\d ()/.-]{7,}\d|linkedin|github|https?:|www\./i;

/**
 * Some templates head their contact block "About" or leave skill groups without a "Skills"
 * heading; the content tells what the section is.
 */
function reclassify(s: Section): Section {
  if (s.key === 'header' || s.key === 'contact' || !s.lines.length) return s;
  const short = s.lines.filter((l) => l.text.length <= 45).length / s.lines.length;
  const contactish = s.lines.filter((l) => CONTACT_MARK.test(l.text)).length;
  if ((s.key === 'summary' || s.key === 'other') && short >= 0.8 && contactish >= 1 && !s.lines.some((l) => isProseLine(l.text))) return { ...s, key: 'contact' };
  if (s.key === 'other' && short === 1 && s.lines.length <= 12 && s.lines.some((l) => isLevel(l.text)) && s.lines.every((l) => l.cells.every((c) => c.split(/\s+/).length <= 4))) {
    const label = { ...s.lines[0], cells: [s.heading], text: s.heading, bullet: false };
    return { ...s, key: 'skills', lines: [label, ...s.lines] };
  }
  return s;
}

function isProseLine(t: string): boolean {
  return t.split(/\s+/).length > 8;
}

export function splitSections(doc: ExtractedDoc): Section[] {
  return splitRaw(doc).map(reclassify);
}

function splitRaw(doc: ExtractedDoc): Section[] {
  const { lines } = doc;
  const marks = findMarks(lines, doc.bodySize);
  const sections: Section[] = [];
  const headerEnd = marks[0]?.index ?? lines.length;
  if (headerEnd > 0) sections.push({ key: 'header', heading: '', lines: lines.slice(0, headerEnd) });
  marks.forEach((m, k) => {
    const end = marks[k + 1]?.index ?? lines.length;
    if (m.flow) {
      // A new column opens with contact details (a header) or carries on the section before it.
      const block = lines.slice(m.index, end);
      const contactish = block.some((l) => CONTACT_MARK.test(l.text) || l.size > doc.bodySize * 1.3);
      // It carries on the latest section that already has text in this column.
      const left = Math.min(...block.map((l) => l.x));
      const prev = [...sections].reverse().find((x) => x.key !== 'header' && x.lines.some((l) => l.x >= left - 40)) ?? sections[sections.length - 1];
      if (prev && !contactish) prev.lines.push(...block);
      else sections.push({ key: 'header', heading: '', lines: block });
      return;
    }
    const body = lines.slice(m.index + 1, end);
    sections.push({ key: m.key, heading: m.heading, lines: m.rest ? [m.rest, ...body] : body });
  });
  return sections;
}

export function sectionOrder(sections: Section[], hasContact: boolean): string[] {
  const order: string[] = [];
  const add = (k: string): void => {
    if (!order.includes(k)) order.push(k);
  };
  if (hasContact && (sections[0]?.key === 'header' || sections.some((s) => s.key === 'contact'))) add('contact');
  for (const s of sections) {
    if (s.key === 'header') continue;
    add(s.key === 'other' ? `other:${s.heading}` : s.key);
  }
  return order;
}
