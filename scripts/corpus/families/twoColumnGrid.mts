/** A banner header, then a two-column grid: jobs on the left, schools, skills, languages and certificates on the right. */
import type { Doc, Family } from '../family.mjs';
import type { MainSection } from '../cvData.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { hide } from '../truth.mjs';
import { bullets, degreeLine, esc, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 9.5pt/1.4 'Open Sans', 'DejaVu Sans', sans-serif; color: #222; }
header { background: #e9eef3; padding: 12mm 14mm 6mm 14mm; } h1 { margin: 0; font-size: 26pt; font-weight: 300; }
.role { font-size: 11pt; color: #345; } .contact { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 2pt 8pt; margin-top: 6pt; font-size: 8.5pt; }
.grid { display: grid; grid-template-columns: 1.35fr 1fr; column-gap: 9mm; padding: 6mm 14mm; }
h2 { font-size: 11pt; color: #1a5276; margin: 8pt 0 4pt 0; letter-spacing: 0.06em; }
.entry { margin-bottom: 6pt; } .when { color: #666; font-size: 8.5pt; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0 0 0 2pt; list-style: none; }
.chips span { display: inline-block; border: 0.6pt solid #1a5276; border-radius: 6pt; padding: 0 5pt; margin: 0 3pt 3pt 0; font-size: 8.5pt; }`;

function section({ cv, style }: Doc, key: MainSection): string {
  let inner: string;
  if (key === 'work') inner = cv.work.map((j) => `<div class="entry"><div class="when">${esc(formatRange(style, j.start, j.end))}</div><b>${esc(j.title)}</b><div>${esc(j.company)}</div>${bullets(j.highlights, style)}</div>`).join('');
  else if (key === 'education') inner = cv.education.map((s) => `<div class="entry"><div class="when">${esc(formatRange(style, s.start, s.end))}</div><b>${esc(s.institution)}</b><div>${esc(degreeLine(s))}</div></div>`).join('');
  else if (key === 'skills') inner = cv.skills.length ? `<div class="chips">${cv.skills.map((s) => `<span>${esc(s)}</span>`).join(' ')}</div>` : '';
  else inner = sectionBody(cv, style, key);
  return inner ? `<h2>${esc(style.headings[key].toUpperCase())}</h2>${inner}` : '';
}

function body(doc: Doc): string {
  const { cv } = doc;
  const left: MainSection[] = cv.order.filter((k) => k === 'work' || k === 'summary');
  const right = cv.order.filter((k) => !left.includes(k));
  const contact = [cv.email, cv.phone, cv.location, cv.linkedin, cv.github, cv.website].filter(Boolean).map((x) => `<div>${esc(String(x))}</div>`).join('');
  return `<header><h1>${esc(cv.name)}</h1><div class="role">${esc(cv.headline)}</div><div class="contact">${contact}</div></header>` +
    `<div class="grid"><div>${left.map((k) => section(doc, k)).join('')}</div><div>${right.map((k) => section(doc, k)).join('')}</div></div>`;
}

export const twoColumnGrid: Family = {
  id: 'html:two-column-grid', short: 'grid', split: 'train', formats: ['pdf'], langs: ['en', 'es', 'en', 'de', 'it'],
  ranges: ANY_RANGE, adapt: (cv) => hide.grades(cv),
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
