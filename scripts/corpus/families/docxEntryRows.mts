/**
 * A Word CV where every dated entry is one row of a borderless two-column table: the dates in a narrow
 * first cell, the title, company and bullets in the second. Headings are paragraphs between the tables;
 * saved as DOCX or converted by LibreOffice to PDF and ODT.
 */
import { AlignmentType, Document, type FileChild, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Doc, Family, Output } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { type Typeface, bulletPara, heading, para, sectionParas } from './docxKit.mjs';
import { contactLines, degreeOf } from './textKit.mjs';

const FACES: Typeface[] = [{ font: 'Liberation Serif', size: 22 }, { font: 'Carlito', size: 21 }, { font: 'Open Sans', size: 19 }, { font: 'Caladea', size: 22 }];

interface Row { when: string; lines: Paragraph[] }

function rowsTable(rows: Row[], t: Typeface, datePct: number, right: boolean): Table {
  const cell = (children: Paragraph[], pct: number): TableCell => new TableCell({
    children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, margins: { top: 40, bottom: 100, left: 80, right: 160 },
  });
  const whenPara = (s: string): Paragraph => new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: s, font: t.font, size: t.size - 2, color: '555555' })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, columnWidths: [datePct * 96, (100 - datePct) * 96],
    rows: rows.map((r) => new TableRow({ children: [cell([whenPara(r.when)], datePct), cell(r.lines, 100 - datePct)] })),
  });
}

async function render({ cv, style, f }: Doc): Promise<Output> {
  const t = f.helpers.arrayElement(FACES);
  const datePct = f.helpers.arrayElement([18, 22, 26]);
  const right = f.datatype.boolean();
  const body: FileChild[] = [para(cv.name, t, { bold: true, size: t.size + 14, after: 40 }), para(contactLines(cv).join('  ·  '), t, { size: t.size - 2, after: 160 })];
  for (const key of cv.order) {
    let content: FileChild[];
    if (key === 'work') {
      content = cv.work.length ? [rowsTable(cv.work.map((j) => ({ when: formatRange(style, j.start, j.end), lines: [
        para(j.title, t, { bold: true, after: 0 }), para(j.location ? `${j.company}, ${j.location}` : j.company, t, { italics: true, after: 40 }),
        ...j.highlights.map((h) => bulletPara(h, t, style))] })), t, datePct, right)] : [];
    } else if (key === 'education') {
      content = [rowsTable(cv.education.map((s) => ({ when: formatRange(style, s.start, s.end), lines: [
        para(degreeOf(s), t, { bold: true, after: 0 }), para(s.institution, t, { after: 0 }), ...(s.grade ? [para(s.grade, t, { after: 0 })] : [])] })), t, datePct, right)];
    } else content = sectionParas(cv, style, key, t);
    if (content.length) body.push(heading(style.headings[key], t, true), ...content);
  }
  const doc = new Document({ sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: body }] });
  return { kind: 'docx', buffer: await Packer.toBuffer(doc) };
}

export const docxEntryRows: Family = {
  id: 'docx:entry-rows', short: 'docxrows', split: 'train', formats: ['pdf', 'docx', 'odt'], langs: ['en', 'fr', 'en', 'de', 'es'],
  ranges: ANY_RANGE, render,
};
