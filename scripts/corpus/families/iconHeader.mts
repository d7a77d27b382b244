/**
 * A header line of icons: e-mail, phone and place as icon + text, profiles as icons that only link;
 * sections with an icon before the heading and the dates right-aligned on the title line.
 */
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { hide } from '../truth.mjs';
import { ICON, iconLink } from './icons.mjs';
import { bullets, degreeLine, esc, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 10pt/1.45 'Carlito', 'DejaVu Sans', sans-serif; padding: 14mm 18mm; color: #263238; }
h1 { font-size: 25pt; margin: 0; color: #00695c; } .role { font-size: 12pt; margin-bottom: 4pt; }
.bar { display: flex; flex-wrap: wrap; gap: 4pt 14pt; align-items: center; border-top: 1pt solid #00695c; border-bottom: 1pt solid #00695c; padding: 4pt 0; color: #00695c; }
.bar span { color: #263238; } h2 { font-size: 12.5pt; color: #00695c; margin: 12pt 0 4pt 0; }
.head { display: flex; justify-content: space-between; } .entry { margin-bottom: 6pt; } .co { font-style: italic; }
p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

const SECTION_ICON: Record<string, string> = { work: ICON.briefcase, education: ICON.cap, certifications: ICON.star };

function body({ cv, style }: Doc): string {
  const shown = [[ICON.mail, cv.email], [ICON.phone, cv.phone], [ICON.pin, cv.location]].filter(([, v]) => v).map(([i, v]) => `<div>${i} <span>${esc(String(v))}</span></div>`);
  const links = cv.hiddenLinks.map((l) => iconLink(l, l.startsWith('linkedin') ? ICON.linkedin : l.startsWith('github') ? ICON.github : ICON.globe));
  const parts = cv.order.map((key) => {
    let inner: string;
    if (key === 'work') inner = cv.work.map((j) => `<div class="entry"><div class="head"><b>${esc(j.title)}</b><span>${esc(formatRange(style, j.start, j.end))}</span></div><div class="co">${esc(j.company)}</div>${bullets(j.highlights, style)}</div>`).join('');
    else if (key === 'education') inner = cv.education.map((s) => `<div class="entry"><div class="head"><b>${esc(degreeLine(s))}</b><span>${esc(formatRange(style, s.start, s.end))}</span></div><div class="co">${esc(s.institution)}</div></div>`).join('');
    else inner = sectionBody(cv, style, key);
    return inner ? `<h2>${SECTION_ICON[key] ?? ''} ${esc(style.headings[key])}</h2>${inner}` : '';
  }).join('');
  return `<h1>${esc(cv.name)}</h1><div class="role">${esc(cv.headline)}</div><div class="bar">${[...shown, ...links].join('')}</div>${parts}`;
}

export const iconHeader: Family = {
  id: 'html:icon-header', short: 'icons', split: 'validation', formats: ['pdf'], langs: ['en', 'fr', 'en', 'de'],
  ranges: ANY_RANGE,
  adapt: (cv) => { hide.grades(cv); hide.linksAsIcons(cv, ['linkedin', 'github', 'website']); },
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
