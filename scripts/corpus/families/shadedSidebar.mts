/**
 * A shaded sidebar with contact, skills (as tags) and languages (as level dots or words); the main column
 * with the name, summary, jobs and schools. Profile links are sometimes icons only.
 */
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { hide } from '../truth.mjs';
import { ICON, iconLink } from './icons.mjs';
import { bullets, degreeLine, esc, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 9.5pt/1.45 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.wrap { display: grid; grid-template-columns: 64mm 1fr; min-height: 297mm; }
.side { background: #2f3e4e; color: #f2f2f2; padding: 16mm 7mm; } .main { padding: 16mm 12mm; }
.side h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.1em; border-bottom: 1pt solid #8aa; margin: 14pt 0 5pt 0; }
.side .item { margin-bottom: 3pt; overflow-wrap: anywhere; } .icons a { margin-right: 8pt; }
.tag { display: inline-block; background: #47596b; border-radius: 3pt; padding: 1pt 5pt; margin: 0 3pt 3pt 0; font-size: 8.5pt; }
.dots { letter-spacing: 2pt; color: #9fd; } h1 { font-size: 24pt; margin: 0; color: #2f3e4e; } .role { font-size: 12pt; color: #666; margin-bottom: 8pt; }
.main h2 { font-size: 12pt; color: #2f3e4e; margin: 12pt 0 4pt 0; text-transform: uppercase; }
.entry { margin-bottom: 6pt; } .when { color: #777; font-size: 8.5pt; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

const LEVEL_DOTS = (i: number): string => '●'.repeat(5 - Math.min(i, 3)) + '○'.repeat(Math.min(i, 3));

function body({ cv, style }: Doc, dots: boolean): string {
  const items = [[ICON.mail, cv.email], [ICON.phone, cv.phone], [ICON.pin, cv.location], [ICON.linkedin, cv.linkedin], [ICON.github, cv.github], [ICON.globe, cv.website]]
    .filter(([, v]) => v).map(([i, v]) => `<div class="item">${i} ${esc(String(v))}</div>`).join('');
  const links = cv.hiddenLinks.map((l) => iconLink(l, l.startsWith('linkedin') ? ICON.linkedin : l.startsWith('github') ? ICON.github : ICON.globe)).join('');
  let side = `<h3>${esc(style.headings.contact)}</h3>${items}${links ? `<div class="icons">${links}</div>` : ''}`;
  if (cv.skills.length) side += `<h3>${esc(style.headings.skills)}</h3>${cv.skills.map((s) => `<span class="tag">${esc(s)}</span>`).join(' ')}`;
  if (cv.languages.length) {
    side += `<h3>${esc(style.headings.languages)}</h3>${cv.languages.map((l, i) => `<div class="item">${esc(l.language)}${dots ? ` <span class="dots">${LEVEL_DOTS(i)}</span>` : ` – ${esc(l.proficiency ?? '')}`}</div>`).join('')}`;
  }
  const main = cv.order.filter((k) => k !== 'skills' && k !== 'languages').map((key) => {
    let inner: string;
    if (key === 'work') inner = cv.work.map((j) => `<div class="entry"><b>${esc(j.title)}</b> at ${esc(j.company)}<div class="when">${esc(formatRange(style, j.start, j.end))}</div>${bullets(j.highlights, style)}</div>`).join('').replace(/ at /g, style.lang === 'en' ? ' at ' : ' | ');
    else if (key === 'education') inner = cv.education.map((s) => `<div class="entry"><b>${esc(degreeLine(s))}</b><div>${esc(s.institution)}</div><div class="when">${esc(formatRange(style, s.start, s.end))}</div></div>`).join('');
    else inner = sectionBody(cv, style, key);
    return inner ? `<h2>${esc(style.headings[key])}</h2>${inner}` : '';
  }).join('');
  return `<div class="wrap"><div class="side">${side}</div><div class="main"><h1>${esc(cv.name)}</h1><div class="role">${esc(cv.headline)}</div>${main}</div></div>`;
}

export const shadedSidebar: Family = {
  id: 'html:shaded-sidebar', short: 'sidebar', split: 'train', formats: ['pdf'], langs: ['en', 'de', 'en', 'fr', 'es'],
  ranges: ANY_RANGE,
  adapt: (cv, f) => {
    hide.grades(cv);
    if (f.datatype.boolean(0.5)) hide.linksAsIcons(cv, ['linkedin', 'github']);
    // level dots carry no words: the truth then has no proficiency
    if (f.datatype.boolean(0.5)) for (const l of cv.languages) { if (l.proficiency) cv.dropped.push('language.proficiency'); l.proficiency = undefined; }
  },
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc, doc.cv.languages.every((l) => !l.proficiency))) }),
};
