/**
 * A header of three columns (name and headline, e-mail and phone, address and links), then one column
 * of sections whose entries put title and company at the left and the dates flush right on the same line.
 */
import type { MainSection } from '../cvData.mjs';
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE } from '../style.mjs';
import { bullets, degreeLine, esc, jobRange, page, schoolRange, sectionBody } from './htmlKit.mjs';

const css = `body { font: 9.5pt/1.4 'Open Sans', 'DejaVu Sans', sans-serif; color: #222; padding: 12mm 15mm; }
header { display: grid; grid-template-columns: 1.4fr 1fr 1fr; column-gap: 6mm; border-bottom: 2pt solid #2c3e50; padding-bottom: 5pt; margin-bottom: 4pt; }
h1 { font-size: 19pt; margin: 0; line-height: 1.1; } .role { color: #555; } header .c { font-size: 8.5pt; color: #333; }
h2 { font-size: 10.5pt; margin: 10pt 0 3pt 0; color: #2c3e50; font-variant: small-caps; letter-spacing: 0.04em; border-bottom: 0.5pt solid #aaa; }
.top { display: flex; justify-content: space-between; gap: 6mm; } .when { white-space: nowrap; color: #555; }
.entry { margin-bottom: 5pt; } .sub { font-style: italic; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0 0 0 3mm; list-style: none; }`;

function section({ cv, style }: Doc, key: MainSection): string {
  let inner: string;
  if (key === 'work') {
    inner = cv.work.map((j) => `<div class="entry"><div class="top"><span><b>${esc(j.title)}</b> | ${esc(j.company)}</span><span class="when">${esc(jobRange(j, style))}</span></div>` +
      `${j.location ? `<div class="sub">${esc(j.location)}</div>` : ''}${bullets(j.highlights, style)}</div>`).join('');
  } else if (key === 'education') {
    inner = cv.education.map((s) => `<div class="entry"><div class="top"><span><b>${esc(s.institution)}</b></span><span class="when">${esc(schoolRange(s, style))}</span></div>` +
      `<div class="sub">${esc(degreeLine(s))}${s.grade ? `, ${esc(s.grade)}` : ''}</div></div>`).join('');
  } else inner = sectionBody(cv, style, key);
  return inner ? `<h2>${esc(style.headings[key])}</h2>${inner}` : '';
}

function body(doc: Doc): string {
  const { cv } = doc;
  const col = (xs: Array<string | undefined>): string => xs.filter((x): x is string => !!x).map((x) => `<div>${esc(x)}</div>`).join('');
  return `<header><div><h1>${esc(cv.name)}</h1><div class="role">${esc(cv.headline)}</div></div>` +
    `<div class="c">${col([cv.email, cv.phone])}</div><div class="c">${col([cv.location, cv.linkedin, cv.github, cv.website])}</div></header>` +
    cv.order.map((k) => section(doc, k)).join('');
}

export const threeColumnHeader: Family = {
  id: 'html:three-column-header', short: 'threecol', split: 'train', formats: ['pdf'], langs: ['en', 'it', 'en', 'de', 'es'],
  ranges: ANY_RANGE, render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
