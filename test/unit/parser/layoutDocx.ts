import { Document, Header, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, Textbox, WidthType } from 'docx';

/** Word documents laid out the way CV templates do it, written with the docx package. */

function para(text: string, opts: { bold?: boolean; size?: number; bullet?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: opts.bold, size: opts.size ? opts.size * 2 : 20 })],
    bullet: opts.bullet ? { level: 0 } : undefined,
  });
}

const heading = (text: string): Paragraph => para(text, { bold: true, size: 12 });

function cell(children: Paragraph[], pct: number, shaded = false): TableCell {
  return new TableCell({
    children, width: { size: pct, type: WidthType.PERCENTAGE },
    shading: shaded ? { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } : undefined,
  });
}

const SIDEBAR = [
  heading('CONTACT'), para('+44 20 7946 0321'), para('priya.raman@example.co.uk'), para('London, United Kingdom'),
  heading('SKILLS'), para('Redis'), para('NumPy'), para('SQL'), para('Tableau'),
  heading('LANGUAGES'), para('English (native)'), para('Tamil (fluent)'),
];

const MAIN = [
  para('Priya Raman', { bold: true, size: 24 }), para('Business Analyst'),
  heading('WORK EXPERIENCE'),
  para('Business Analyst', { bold: true }), para('Reynolds Logistics Ltd, London'), para('03/2020 – Present'),
  para('Built the weekly margin report used by the board', { bullet: true }),
  para('Junior Analyst', { bold: true }), para('Carter & Webb LLP, Leeds'), para('09/2017 – 02/2020'),
  para('Automated invoice reconciliation in Python', { bullet: true }),
  heading('EDUCATION'),
  para('BSc Economics', { bold: true }), para('University of Leeds'), para('2014 – 2017'),
];

/** A shaded narrow sidebar cell (contact, skills, languages) beside the wide main cell. */
export function sidebarTableDocx(): Promise<Buffer> {
  const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [3000, 7000], rows: [new TableRow({ children: [cell(SIDEBAR, 30, true), cell(MAIN, 70)] })] });
  return Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
}

function entryRow(dates: string, details: Paragraph[]): TableRow {
  return new TableRow({ children: [cell([para(dates)], 22), cell(details, 78)] });
}

/** A date cell beside a details cell, one table row per entry, headings as bold paragraphs. */
export function dateColumnDocx(): Promise<Buffer> {
  const work = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [2200, 7800], rows: [
      entryRow('2021 – 2024', [para('Data Engineer, Halvorsen Analytics AS', { bold: true }), para('Moved the nightly loads to Airflow', { bullet: true }), para('Cut warehouse costs by a third', { bullet: true })]),
      entryRow('2018 – 2021', [para('Software Developer, Brightwater Systems', { bold: true }), para('Maintained the billing service in Java', { bullet: true })]),
    ],
  });
  const school = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [2200, 7800], rows: [
      entryRow('2014 – 2018', [para('BSc Computer Science, University of Bergen', { bold: true })]),
    ],
  });
  return Packer.toBuffer(new Document({
    sections: [{
      children: [
        para('Ingrid Solberg', { bold: true, size: 22 }), para('ingrid.solberg@example.no | +47 912 34 567 | Bergen, Norway'),
        heading('WORK EXPERIENCE'), work, heading('EDUCATION'), school, heading('SKILLS'), para('Python, Airflow, Java, PostgreSQL'),
      ],
    }],
  }));
}

/** Contact details in the page header and the languages in a text box. */
export function headerAndTextBoxDocx(): Promise<Buffer> {
  const box = new Textbox({ style: { width: '200pt', height: '80pt' }, children: [heading('LANGUAGES'), para('German (native)'), para('English (C1)')] });
  return Packer.toBuffer(new Document({
    sections: [{
      headers: { default: new Header({ children: [para('Lukas Brandt', { bold: true, size: 22 }), para('lukas.brandt@example.de | +49 151 2345 6789 | Hamburg')] }) },
      children: [
        heading('WORK EXPERIENCE'), para('Site Reliability Engineer, Nordwind GmbH, 04/2019 – present', { bold: true }),
        para('Ran the Kubernetes platform for 40 teams', { bullet: true }), box,
        heading('EDUCATION'), para('M.Sc. Informatik, Universität Hamburg, 2013 – 2016'),
      ],
    }],
  }));
}
