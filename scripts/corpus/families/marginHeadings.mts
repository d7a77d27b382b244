/**
 * Headings in a left margin column, on the same line as the first line of their section, in the body's
 * size; each job is one run-on line "Title, Company, City. Mar 2023–Present".
 */
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { bullets, contactItems, degreeLine, esc, langLine, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 10pt/1.4 'Liberation Serif', 'DejaVu Serif', serif; padding: 18mm 18mm; color: #222; }
h1 { font-size: 20pt; margin: 0 0 2pt 0; font-weight: normal; } .contact { margin-bottom: 10pt; color: #444; }
.row { display: grid; grid-template-columns: 30mm 1fr; column-gap: 5mm; margin: 0 0 8pt 0; }
.row h2 { font-size: 10pt; margin: 0; font-weight: bold; } .row p { margin: 0; }
.entry { margin: 0 0 4pt 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

function body({ cv, style }: Doc): string {
  const sections = cv.order.map((key) => {
    let inner: string;
    if (key === 'work') {
      inner = cv.work.map((j) => `<div class="entry"><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.location ?? '')}.&nbsp; ` +
        `${esc(formatRange(style, j.start, j.end))}${bullets(j.highlights, style)}</div>`).join('');
    } else if (key === 'education') {
      inner = cv.education.map((s) => `<div class="entry">${esc(s.institution)}, ${esc(degreeLine(s))}.&nbsp; ${esc(formatRange(style, s.start, s.end))}` +
        `${s.grade ? `. ${esc(s.grade)}` : ''}</div>`).join('');
    } else if (key === 'languages') {
      inner = cv.languages.length ? `<p>${cv.languages.map(langLine).join(', ')}</p>` : '';
    } else inner = sectionBody(cv, style, key);
    return inner ? `<div class="row"><h2>${esc(style.headings[key])}</h2><div>${inner}</div></div>` : '';
  });
  return `<h1>${esc(cv.name)}</h1><div class="contact">${contactItems(cv).map(esc).join(' &nbsp;|&nbsp; ')}</div>${sections.join('')}`;
}

export const marginHeadings: Family = {
  id: 'html:margin-headings', short: 'margin', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'en', 'es'],
  ranges: [ANY_RANGE[1], ANY_RANGE[0], { notation: 'short', sep: 'dash', since: false }],
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
