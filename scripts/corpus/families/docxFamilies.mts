/**
 * Word documents built from tables, headers and text boxes: a shaded sidebar cell beside the main cell,
 * a date cell beside each entry's details, contact held in the page header and footer, a text box.
 */
import { Document, type FileChild, Footer, Header, Packer, type Paragraph, ShadingType, Table, TableBorders, TableCell, TableRow, Textbox, WidthType } from 'docx';
import type { Doc, Family, Output } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { type Typeface, bulletPara, heading, para, sectionParas } from './docxKit.mjs';
import { contactLines, degreeOf } from './textKit.mjs';

const MARGIN = { top: 800, bottom: 800, left: 900, right: 900 };
const FACES: Typeface[] = [{ font: 'Carlito', size: 21 }, { font: 'Liberation Sans', size: 20 }, { font: 'Caladea', size: 22 }, { font: 'Liberation Serif', size: 22 }];

async function save(children: FileChild[], extra: { header?: Paragraph[]; footer?: Paragraph[] } = {}): Promise<Output> {
  const doc = new Document({ sections: [{
    properties: { page: { margin: MARGIN } },
    headers: extra.header ? { default: new Header({ children: extra.header }) } : undefined,
    footers: extra.footer ? { default: new Footer({ children: extra.footer }) } : undefined,
    children,
  }] });
  return { kind: 'docx', buffer: await Packer.toBuffer(doc) };
}

const cell = (children: Array<Paragraph | Table>, pct: number, fill?: string): TableCell => new TableCell({
  children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE,
  shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined, margins: { top: 120, bottom: 120, left: 160, right: 160 },
});
const table = (rows: TableCell[][]): Table => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows: rows.map((c) => new TableRow({ children: c })) });

function sidebarCell({ cv, style, f }: Doc): Promise<Output> {
  const t = f.helpers.arrayElement(FACES);
  const side: Paragraph[] = [heading(style.headings.contact, t, false), ...contactLines(cv).map((c) => para(c, t, { size: t.size - 2 }))];
  if (cv.skills.length) side.push(heading(style.headings.skills, t, false), ...cv.skills.map((s) => para(s, t, { size: t.size - 2, after: 0 })));
  if (cv.languages.length) side.push(heading(style.headings.languages, t, false), ...sectionParas(cv, style, 'languages', t));
  const main: Paragraph[] = [para(cv.name, t, { bold: true, size: t.size + 18, after: 0 }), para(cv.headline, t, { size: t.size + 4, after: 120 })];
  for (const key of cv.order.filter((k) => k !== 'skills' && k !== 'languages')) {
    const body = sectionParas(cv, style, key, t);
    if (body.length) main.push(heading(style.headings[key], t, true), ...body);
  }
  return save([table([[cell(side, 32, f.helpers.arrayElement(['DCE6F0', 'E8E8E8', 'F2E6D9'])), cell(main, 68)]])]);
}

function dateCell({ cv, style, f }: Doc): Promise<Output> {
  const t = f.helpers.arrayElement(FACES);
  const out: Array<Paragraph | Table> = [para(cv.name, t, { bold: true, size: t.size + 14 }), para(contactLines(cv).join('  •  '), t, { after: 160 })];
  for (const key of cv.order) {
    let body: Array<Paragraph | Table> = [];
    if (key === 'work' && cv.work.length) {
      body = [table(cv.work.map((j) => [cell([para(formatRange(style, j.start, j.end), t)], 24),
        cell([para(j.title, t, { bold: true, after: 0 }), para(j.company, t), ...j.highlights.map((h) => bulletPara(h, t, style))], 76)]))];
    } else if (key === 'education' && cv.education.length) {
      body = [table(cv.education.map((s) => [cell([para(formatRange(style, s.start, s.end), t)], 24),
        cell([para(degreeOf(s), t, { bold: true, after: 0 }), para(s.institution, t), ...(s.grade ? [para(s.grade, t)] : [])], 76)]))];
    } else body = sectionParas(cv, style, key, t);
    if (body.length) out.push(heading(style.headings[key], t, f.datatype.boolean()), ...body);
  }
  return save(out);
}

function headerFooter({ cv, style, f }: Doc): Promise<Output> {
  const t = f.helpers.arrayElement(FACES);
  const header = [para(cv.name, t, { bold: true, size: t.size + 8, after: 0 }), para([cv.email, cv.phone].join('  |  '), t, { size: t.size - 2 })];
  const foot = [cv.location, cv.linkedin, cv.github, cv.website].filter((x): x is string => !!x);
  const body: Paragraph[] = [para(cv.headline, t, { italics: true, size: t.size + 6, after: 160 })];
  for (const key of cv.order) {
    const paras = sectionParas(cv, style, key, t);
    if (paras.length) body.push(heading(style.headings[key], t, true, false), ...paras);
  }
  return save(body, { header, footer: foot.length ? [para(foot.join('   ·   '), t, { size: t.size - 4 })] : undefined });
}

function textBox({ cv, style, f }: Doc): Promise<Output> {
  const t = f.helpers.arrayElement(FACES);
  const box = new Textbox({
    style: { width: '190pt', height: '96pt', position: 'absolute', marginLeft: '300pt', marginTop: '0pt' },
    children: contactLines(cv).map((c) => para(c, t, { size: t.size - 2, after: 0 })),
  });
  const body: FileChild[] = [box, para(cv.name, t, { bold: true, size: t.size + 16, after: 0 }), para(cv.headline, t, { after: 900 })];
  for (const key of cv.order) {
    const paras = key === 'work'
      ? cv.work.flatMap((j) => [para(`${j.title} — ${j.company} (${formatRange(style, j.start, j.end)})`, t, { bold: true }), ...j.highlights.map((h) => bulletPara(h, t, style))])
      : sectionParas(cv, style, key, t);
    if (paras.length) body.push(heading(style.headings[key], t, false), ...paras);
  }
  return save(body);
}

export const docxSidebarCell: Family = {
  id: 'docx:sidebar-cell', short: 'docxside', split: 'train', formats: ['docx', 'pdf', 'odt'], langs: ['en', 'de', 'en', 'fr'],
  ranges: ANY_RANGE, render: sidebarCell,
};
export const docxDateCell: Family = {
  id: 'docx:date-cell', short: 'docxdate', split: 'validation', formats: ['pdf', 'docx', 'rtf'], langs: ['en', 'it', 'en', 'de', 'es'],
  ranges: ANY_RANGE, render: dateCell,
};
export const docxHeaderFooter: Family = {
  id: 'docx:header-footer', short: 'docxhead', split: 'train', formats: ['docx', 'odt', 'pdf'], langs: ['en', 'es', 'en', 'de'],
  ranges: ANY_RANGE, render: headerFooter,
};
export const docxTextBox: Family = {
  id: 'docx:textbox-contact', short: 'docxbox', split: 'train', formats: ['docx', 'pdf'], langs: ['en', 'fr', 'en', 'it'],
  ranges: ANY_RANGE, render: textBox,
};
