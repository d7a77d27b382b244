/**
 * The European CV form of the 2000s: a two-column table, a narrow right-aligned label column and a value
 * column with a thin vertical rule between them. Section titles sit in the label column on a row of their
 * own; each entry is a block of label/value rows whose long labels ("Name and address of employer") wrap
 * over several lines beside a one-line value. Printed from HTML by Chromium, and written as a Word table
 * (saved as DOCX or converted by LibreOffice to PDF and ODT).
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { CvData, MainSection } from '../cvData.mjs';
import type { Doc, Family, Output } from '../family.mjs';
import { ANY_RANGE, type Style, formatDate, formatRange } from '../style.mjs';
import { degreeLine, esc, page } from './htmlKit.mjs';
import { type PhraseKey, phrasesOf } from './labelPhrases.mjs';

interface Row { label: string; lines: string[]; strong?: boolean }
interface Block { title: string; entries: Row[][] }

const certText = (c: CvData['certifications'][number], style: Style): string =>
  [c.name, c.issuer, c.date ? formatDate(c.date, style.range.notation, style.lang) : undefined].filter(Boolean).join(', ');

const row = (label: string, lines: Array<string | undefined>, strong = false): Row => ({ label, lines: lines.filter((x): x is string => !!x), strong });

function mainBlock({ cv, style }: Doc, key: MainSection, p: Record<PhraseKey, string>): Row[][] {
  switch (key) {
    case 'summary': return cv.summary ? [[row('', [cv.summary])]] : [];
    case 'work': return cv.work.map((j) => [row(p.dates, [formatRange(style, j.start, j.end)]), row(p.position, [j.title], true),
      row(p.employer, [j.location ? `${j.company}, ${j.location}` : j.company]), ...(j.highlights.length ? [row(p.tasks, j.highlights.map((h) => `${style.bullet} ${h}`))] : [])]);
    case 'education': return cv.education.map((s) => [row(p.dates, [formatRange(style, s.start, s.end)]), row(p.qualification, [degreeLine(s)], true),
      row(p.institution, [s.institution]), ...(s.grade ? [row(p.grade, [s.grade])] : [])]);
    case 'skills': return cv.skills.length ? [[row(p.skills, [cv.skills.join(', ')])]] : [];
    case 'languages': return cv.languages.length ? [cv.languages.map((l) => (l.proficiency ? row(l.language, [l.proficiency]) : row('', [l.language])))] : [];
    case 'certifications': return cv.certifications.length ? [[row('', cv.certifications.map((c) => certText(c, style)))]] : [];
  }
}

function blocks(doc: Doc): Block[] {
  const { cv, style } = doc;
  const p = phrasesOf(style.lang);
  const personal = [row(p.name, [cv.name], true), row(p.address, [cv.location]), row(p.phone, [cv.phone]), row(p.email, [cv.email]),
    row(p.web, [cv.linkedin, cv.github, cv.website])].filter((r) => r.lines.length);
  const rest = cv.order.map((key) => ({ title: style.headings[key], entries: mainBlock(doc, key, p) })).filter((b) => b.entries.length);
  return [{ title: style.headings.personal, entries: [personal] }, ...rest];
}

const FONTS = ["'Liberation Sans', sans-serif", "'Carlito', sans-serif", "'Open Sans', sans-serif", "'Liberation Serif', serif"];

function html(doc: Doc): string {
  const font = doc.f.helpers.arrayElement(FONTS);
  const labelMm = doc.f.helpers.arrayElement([48, 55, 62]);
  const css = `body { font: 9pt/1.35 ${font}; padding: 15mm 14mm; color: #111; } table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 1.2pt 0; } td.k { width: ${labelMm}mm; text-align: right; padding-right: 4mm; border-right: 0.6pt solid #888; color: #333; }
td.v { padding-left: 4mm; } tr.t td.k { font-size: 11.5pt; font-weight: bold; padding-top: 11pt; color: #000; } tr.gap td { height: 6pt; }
tr.cv td.k { font-size: 15pt; letter-spacing: 0.04em; } b.big { font-size: 10.5pt; } .l { display: block; }`;
  const valueHtml = (r: Row): string => r.lines.map((l) => `<span class="l">${r.strong ? `<b>${esc(l)}</b>` : esc(l)}</span>`).join('');
  const rows = (entries: Row[][]): string => entries.map((e) => e.map((r) => `<tr><td class="k">${esc(r.label)}</td><td class="v">${valueHtml(r)}</td></tr>`).join(''))
    .join('<tr class="gap"><td class="k"></td><td class="v"></td></tr>');
  const body = blocks(doc).map((b) => `<tr class="t"><td class="k">${esc(b.title)}</td><td class="v"></td></tr>${rows(b.entries)}`).join('');
  return page(doc.style.lang, css, `<table><tr class="cv"><td class="k">Curriculum Vitae</td><td class="v"></td></tr>${body}</table>`);
}

const FACES = [{ font: 'Liberation Sans', size: 18 }, { font: 'Carlito', size: 20 }, { font: 'Liberation Serif', size: 20 }, { font: 'Open Sans', size: 17 }];

async function docx(doc: Doc): Promise<Output> {
  const t = doc.f.helpers.arrayElement(FACES);
  const labelPct = doc.f.helpers.arrayElement([28, 32, 36]);
  const run = (text: string, o: { bold?: boolean; size?: number } = {}): TextRun => new TextRun({ text, font: t.font, size: o.size ?? t.size, bold: o.bold });
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (paras: Paragraph[], pct: number, label: boolean): TableCell => new TableCell({
    children: paras.length ? paras : [new Paragraph({})], width: { size: pct, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: label ? rule : none }, margins: { top: 20, bottom: 20, left: 120, right: 120 },
  });
  const labelPara = (text: string, title = false): Paragraph => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: title ? 200 : 0 },
    children: [run(text, title ? { bold: true, size: t.size + 4 } : {})] });
  const tr = (label: Paragraph, values: Paragraph[]): TableRow => new TableRow({ children: [cell([label], labelPct, true), cell(values, 100 - labelPct, false)] });
  const rows: TableRow[] = [tr(labelPara('Curriculum Vitae', true), [])];
  for (const b of blocks(doc)) {
    rows.push(tr(labelPara(b.title, true), []));
    b.entries.forEach((e, i) => {
      if (i > 0) rows.push(tr(labelPara(''), []));
      for (const r of e) rows.push(tr(labelPara(r.label), r.lines.map((l) => new Paragraph({ children: [run(l, { bold: r.strong })] }))));
    });
  }
  const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, columnWidths: [labelPct * 96, (100 - labelPct) * 96], rows });
  const d = new Document({ sections: [{ properties: { page: { margin: { top: 800, bottom: 800, left: 800, right: 800 } } }, children: [table] }] });
  return { kind: 'docx', buffer: await Packer.toBuffer(d) };
}

export const htmlLabelRows: Family = {
  id: 'html:label-rows-ruled', short: 'labelrows', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'it', 'fr', 'es', 'en'],
  ranges: ANY_RANGE, render: (doc) => ({ kind: 'html', html: html(doc) }),
};

export const docxLabelRows: Family = {
  id: 'docx:label-rows-ruled', short: 'docxlabelrows', split: 'train', formats: ['pdf', 'docx', 'odt'], langs: ['de', 'en', 'fr', 'it', 'es'],
  ranges: ANY_RANGE, render: docx,
};
