/**
 * Splits a document into sections at its headings (headingMarks.ts), then lets the content
 * correct a heading's key. Evidence: contact marks, short lines, proficiency levels, text flows.
 */
import type { DocLine, ExtractedDoc } from '../document';
import { type HeadingFinding, findHeadings } from './headingMarks';
import type { SectionKey } from './headings';
import { isLevel } from './words';

export interface Section {
  /** A contract key, or 'other' (heading kept), or 'header' for the lines before the first heading. */
  key: SectionKey | 'other' | 'header';
  heading: string;
  lines: DocLine[];
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
  return sectionsWithHeadings(doc).sections;
}

/** The sections and the heading evidence behind them (for --explain). */
export function sectionsWithHeadings(doc: ExtractedDoc): { sections: Section[]; headings: HeadingFinding } {
  const headings = findHeadings(doc.lines, doc.bodySize);
  return { sections: splitRaw(doc, headings).map(reclassify), headings };
}

function splitRaw(doc: ExtractedDoc, headings: HeadingFinding): Section[] {
  const { lines } = doc;
  const { marks } = headings;
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
    const body = lines.slice(m.index + m.span, end);
    sections.push({ key: m.key, heading: m.heading, lines: [...(m.rest ?? []), ...body] });
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
