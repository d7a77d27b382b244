/**
 * A Word CV in the common one-column form where each entry's dates stand on the right margin of its title
 * line (a right-aligned tab stop), with the company and place on the next line in italics; the contact
 * line under the name is split by tabs too. Saved as DOCX or converted by LibreOffice to PDF and ODT.
 */
import { Document, type FileChild, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import type { Doc, Family, Output } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { type Typeface, bulletPara, heading, para, sectionParas } from './docxKit.mjs';
import { contactLines, degreeOf } from './textKit.mjs';

const FACES: Typeface[] = [{ font: 'Caladea', size: 22 }, { font: 'Liberation Sans', size: 20 }, { font: 'Carlito', size: 22 }, { font: 'Linux Libertine O', size: 22 }];
/** the text width of an A4 page with 2 cm margins, in twentieths of a point */
const RIGHT = 9638;

function tabbed(left: string, right: string, t: Typeface, bold: boolean): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 100, after: 0 },
    children: [new TextRun({ text: left, font: t.font, size: t.size, bold }), new TextRun({ text: `\t${right}`, font: t.font, size: t.size - 2 })],
  });
}

async function render({ cv, style, f }: Doc): Promise<Output> {
  const t = f.helpers.arrayElement(FACES);
  const boldTitle = f.datatype.boolean(0.7);
  const contact = contactLines(cv);
  const body: FileChild[] = [
    para(cv.name, t, { bold: true, size: t.size + 16, after: 20 }), para(cv.headline, t, { size: t.size + 2, after: 60 }),
    new Paragraph({ tabStops: [{ type: TabStopType.CENTER, position: RIGHT / 2 }, { type: TabStopType.RIGHT, position: RIGHT }], spacing: { after: 120 },
      children: [new TextRun({ text: contact.slice(0, 3).join('\t'), font: t.font, size: t.size - 2 })] }),
    ...(contact.length > 3 ? [para(contact.slice(3).join('   '), t, { size: t.size - 2, after: 120 })] : []),
  ];
  for (const key of cv.order) {
    let content: FileChild[];
    if (key === 'work') {
      content = cv.work.flatMap((j) => [tabbed(j.title, formatRange(style, j.start, j.end), t, boldTitle),
        para(j.location ? `${j.company}, ${j.location}` : j.company, t, { italics: true, after: 40 }), ...j.highlights.map((h) => bulletPara(h, t, style))]);
    } else if (key === 'education') {
      content = cv.education.flatMap((s) => [tabbed(degreeOf(s), formatRange(style, s.start, s.end), t, boldTitle),
        para(s.institution, t, { italics: true, after: s.grade ? 0 : 40 }), ...(s.grade ? [para(s.grade, t, { after: 40 })] : [])]);
    } else content = sectionParas(cv, style, key, t);
    if (content.length) body.push(heading(style.headings[key], t, true, f.datatype.boolean(0.6)), ...content);
  }
  const doc = new Document({ sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } }, children: body }] });
  return { kind: 'docx', buffer: await Packer.toBuffer(doc) };
}

export const docxRightTabDates: Family = {
  id: 'docx:right-tab-dates', short: 'docxtab', split: 'train', formats: ['pdf', 'docx', 'odt'], langs: ['fr', 'de', 'en', 'it', 'es'],
  ranges: ANY_RANGE, render,
};
