/**
 * Key/value CVs: a narrow left column of right-aligned labels ("Dates", "Employer", "Position") beside a
 * column of values, each label on the same line as its value. Built as an HTML table (section headings
 * in a shaded band across the page) and as a CSS grid (section headings in the label column, on the
 * line of the section's first value).
 */
import type { CvData, MainSection } from '../cvData.mjs';
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE } from '../style.mjs';
import { bullets, certLine, degreeLine, esc, jobRange, langLine, page, schoolRange } from './htmlKit.mjs';
import { type LabelKey, pickLabels } from './labelWords.mjs';

type Pair = [label: string, valueHtml: string];

function contactPairs(cv: CvData, l: Record<LabelKey, string>): Pair[] {
  const web = [cv.linkedin, cv.github, cv.website].filter((x): x is string => !!x).map(esc).join('<br>');
  return [[l.email, esc(cv.email)], [l.phone, esc(cv.phone)], [l.address, esc(cv.location ?? '')], [l.web, web]].filter((p): p is Pair => !!p[1]);
}

/** each entry's rows; entries are separated by an empty pair so the renderer can add space */
function sectionPairs({ cv, style }: Doc, key: MainSection, l: Record<LabelKey, string>): Pair[][] {
  switch (key) {
    case 'work': return cv.work.map((j) => [[l.dates, esc(jobRange(j, style))], [l.position, `<b>${esc(j.title)}</b>`],
      [l.employer, esc(j.location ? `${j.company}, ${j.location}` : j.company)], ...(j.highlights.length ? [[l.tasks, bullets(j.highlights, style)] as Pair] : [])]);
    case 'education': return cv.education.map((s) => [[l.dates, esc(schoolRange(s, style))], [l.qualification, `<b>${esc(degreeLine(s))}</b>`],
      [l.institution, esc(s.institution)], ...(s.grade ? [[l.grade, esc(s.grade)] as Pair] : [])]);
    case 'summary': return cv.summary ? [[['', esc(cv.summary)]]] : [];
    case 'skills': return cv.skills.length ? [[['', cv.skills.map(esc).join(', ')]]] : [];
    case 'languages': return cv.languages.length ? [[['', cv.languages.map(langLine).join('<br>')]]] : [];
    case 'certifications': return cv.certifications.length ? [[['', cv.certifications.map((c) => certLine(c, style)).join('<br>')]]] : [];
  }
}

const tableCss = `body { font: 9.5pt/1.35 'Liberation Sans', 'DejaVu Sans', sans-serif; padding: 14mm 16mm; color: #222; }
h1 { font-size: 20pt; margin: 0 0 8pt 0; font-weight: normal; } table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 1.5pt 0; } td.k { width: 38mm; text-align: right; padding-right: 5mm; color: #4a4a4a; font-size: 8.5pt; }
tr.band td { background: #dde6ee; font-weight: bold; padding: 2pt 4pt; text-transform: uppercase; font-size: 9.5pt; }
tr.gap td { height: 5pt; } ul.hl { margin: 0; padding: 0; list-style: none; }`;

function tableBody(doc: Doc): string {
  const l = pickLabels(doc.f, doc.style.lang);
  const rows = (entries: Pair[][]): string => entries.map((e) => e.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${v}</td></tr>`).join(''))
    .join('<tr class="gap"><td colspan="2"></td></tr>');
  const band = (title: string): string => `<tr class="gap"><td colspan="2"></td></tr><tr class="band"><td colspan="2">${esc(title)}</td></tr>`;
  const parts = doc.cv.order.map((key) => { const e = sectionPairs(doc, key, l); return e.length ? band(doc.style.headings[key]) + rows(e) : ''; });
  return `<h1>${esc(doc.cv.name)}</h1><table>${band(doc.style.headings.personal)}${rows([contactPairs(doc.cv, l)])}${parts.join('')}</table>`;
}

const gridCss = `body { font: 10pt/1.4 'Carlito', 'DejaVu Sans', sans-serif; padding: 16mm 15mm; color: #1f1f1f; }
h1 { font-size: 24pt; margin: 0 0 10pt 44mm; font-weight: 300; }
.kv { display: grid; grid-template-columns: 40mm 1fr; column-gap: 4mm; row-gap: 1pt; }
.k { text-align: right; color: #666; } .h { text-align: right; color: #0b4f8a; font-weight: bold; font-size: 10.5pt; margin-top: 9pt; }
.v.first { margin-top: 9pt; } .sep { grid-column: 1 / 3; height: 4pt; } ul.hl { margin: 0; padding: 0; list-style: none; }`;

function gridBody(doc: Doc): string {
  const l = pickLabels(doc.f, doc.style.lang);
  const section = (title: string, entries: Pair[][]): string => entries.map((e, ei) => e.map(([k, v], i) => {
    const first = ei === 0 && i === 0;
    const label = first ? `<div class="h">${esc(title)}</div>` : `<div class="k">${esc(k)}</div>`;
    // the section's first pair keeps its label on a row of its own when it has one, so the heading takes the label column
    if (first && k) return `${label}<div class="v first"></div><div class="k">${esc(k)}</div><div class="v">${v}</div>`;
    return `${label}<div class="v${first ? ' first' : ''}">${v}</div>`;
  }).join('')).join('<div class="sep"></div>');
  const parts = doc.cv.order.map((key) => { const e = sectionPairs(doc, key, l); return e.length ? section(doc.style.headings[key], e) : ''; });
  return `<h1>${esc(doc.cv.name)}</h1><div class="kv">${section(doc.style.headings.contact, [contactPairs(doc.cv, l)])}${parts.join('')}</div>`;
}

export const labelTable: Family = {
  id: 'html:label-table', short: 'labeltable', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'en', 'fr', 'it'],
  ranges: ANY_RANGE, render: (doc) => ({ kind: 'html', html: page(doc.style.lang, tableCss, tableBody(doc)) }),
};

export const labelGrid: Family = {
  id: 'html:label-grid', short: 'labelgrid', split: 'train', formats: ['pdf'], langs: ['en', 'es', 'en', 'de', 'fr'],
  ranges: ANY_RANGE, render: (doc) => ({ kind: 'html', html: page(doc.style.lang, gridCss, gridBody(doc)) }),
};
