/** Each entry's dates in their own column to the left of it, stacked over two lines; headings across the page. */
import type { Doc, Family } from '../family.mjs';
import { formatDate } from '../style.mjs';
import type { YM } from '../cvData.mjs';
import { bullets, degreeLine, esc, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 10pt/1.4 'Carlito', 'DejaVu Sans', sans-serif; padding: 15mm 18mm; }
h1 { font-size: 22pt; margin: 0; font-weight: 300; } .contact { margin: 2pt 0 10pt 0; color: #333; font-size: 9pt; }
h2 { font-size: 11pt; margin: 12pt 0 5pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #c0392b; text-transform: uppercase; letter-spacing: 0.05em; }
.entry { display: grid; grid-template-columns: 26mm 1fr; column-gap: 4mm; margin-bottom: 6pt; }
.when { color: #555; font-size: 9pt; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

function stacked(doc: Doc, start: YM | undefined, end: YM | undefined): string {
  const { style } = doc;
  const d = (x: YM): string => formatDate(x, style.range.notation, style.lang);
  if (!start) return end ? esc(d(end)) : '';
  return `${esc(d(start))} –<br>${esc(end ? d(end) : style.present)}`;
}

function body(doc: Doc): string {
  const { cv, style } = doc;
  const parts = cv.order.map((key) => {
    let inner: string;
    if (key === 'work') {
      inner = cv.work.map((j) => `<div class="entry"><div class="when">${stacked(doc, j.start, j.end)}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}${j.location ? `, ${esc(j.location)}` : ''}${bullets(j.highlights, style)}</div></div>`).join('');
    } else if (key === 'education') {
      inner = cv.education.map((s) => `<div class="entry"><div class="when">${stacked(doc, s.start, s.end)}</div><div><b>${esc(s.institution)}</b><br>${esc(degreeLine(s))}${s.grade ? `<br>${esc(s.grade)}` : ''}</div></div>`).join('');
    } else inner = sectionBody(cv, style, key);
    return inner ? `<h2>${esc(style.headings[key])}</h2>${inner}` : '';
  });
  const contact = [cv.email, cv.phone, cv.location, cv.linkedin, cv.github, cv.website].filter(Boolean).map((x) => esc(String(x))).join(' · ');
  return `<h1>${esc(cv.name)}</h1><div class="contact">${contact}</div>${parts.join('')}`;
}

export const dateColumn: Family = {
  id: 'html:date-column', short: 'datecol', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'en', 'it', 'fr'],
  ranges: [{ notation: 'mm/yyyy', sep: 'endash', since: false }, { notation: 'short', sep: 'endash', since: false }, { notation: 'mm.yyyy', sep: 'endash', since: false }, { notation: 'year', sep: 'endash', since: false }],
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
