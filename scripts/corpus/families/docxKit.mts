/** Paragraph builders the Word families share (written with the docx package). */
import { BorderStyle, Paragraph, TextRun } from 'docx';
import type { CvData, MainSection } from '../cvData.mjs';
import { type Style, formatDate, formatRange } from '../style.mjs';
import { degreeOf } from './textKit.mjs';

export interface Typeface { font: string; size: number; color?: string }

export const para = (text: string, t: Typeface, o: { bold?: boolean; italics?: boolean; size?: number; after?: number; allCaps?: boolean } = {}): Paragraph =>
  new Paragraph({ spacing: { after: o.after ?? 40 }, children: [new TextRun({ text, font: t.font, size: o.size ?? t.size, color: t.color, bold: o.bold, italics: o.italics, allCaps: o.allCaps })] });

export const heading = (text: string, t: Typeface, ruled: boolean, allCaps = true): Paragraph => new Paragraph({
  spacing: { before: 200, after: 80 },
  border: ruled ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 2 } } : undefined,
  children: [new TextRun({ text, font: t.font, size: t.size + 4, bold: true, allCaps, color: t.color })],
});

export const bulletPara = (text: string, t: Typeface, style: Style): Paragraph =>
  new Paragraph({ indent: { left: 280, hanging: 200 }, spacing: { after: 20 }, children: [new TextRun({ text: `${style.bullet}\t${text}`, font: t.font, size: t.size })], tabStops: [{ type: 'left', position: 280 }] });

/** A section's paragraphs in the usual order: entries for work and education, lines for the rest. */
export function sectionParas(cv: CvData, style: Style, key: MainSection, t: Typeface): Paragraph[] {
  switch (key) {
    case 'summary': return cv.summary ? [para(cv.summary, t, { after: 80 })] : [];
    case 'work': return cv.work.flatMap((j) => [
      para(j.title, t, { bold: true, after: 0 }), para(`${j.company} | ${formatRange(style, j.start, j.end)}`, t, { italics: true }),
      ...j.highlights.map((h) => bulletPara(h, t, style))]);
    case 'education': return cv.education.flatMap((s) => [
      para(degreeOf(s), t, { bold: true, after: 0 }), para(`${s.institution}, ${formatRange(style, s.start, s.end)}${s.grade ? ` – ${s.grade}` : ''}`, t)]);
    case 'skills': return cv.skills.length ? [para(cv.skills.join(', '), t)] : [];
    case 'languages': return cv.languages.map((l) => para(l.proficiency ? `${l.language}: ${l.proficiency}` : l.language, t, { after: 0 }));
    case 'certifications': return cv.certifications.map((c) => para([c.name, c.issuer, c.date ? formatDate(c.date, style.range.notation, style.lang) : ''].filter(Boolean).join(' – '), t, { after: 0 }));
  }
}
