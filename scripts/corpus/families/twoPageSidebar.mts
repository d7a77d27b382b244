/**
 * A two-page CV with a coloured right-hand sidebar on both pages, as page-designed templates lay it out:
 * page 1 holds the name, the contact and skills in the sidebar and the first jobs in the main column;
 * page 2 continues the work history without repeating its heading, and its sidebar continues with the
 * languages and certifications. Dates sit in small capitals above each title.
 */
import type { CvData, MainSection } from '../cvData.mjs';
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { bullets, certLine, degreeLine, esc, page } from './htmlKit.mjs';

const css = `body { font: 10pt/1.5 'Open Sans', 'DejaVu Sans', sans-serif; color: #252525; }
.page { display: grid; grid-template-columns: 1fr 62mm; height: 297mm; break-after: page; overflow: hidden; }
.main { padding: 18mm 10mm 14mm 16mm; } .side { background: #eef1ec; padding: 18mm 8mm; font-size: 9pt; }
h1 { font-size: 26pt; margin: 0; line-height: 1.1; } .role { font-size: 12pt; color: #5a7d4f; margin: 2pt 0 10pt 0; }
h2 { font-size: 11pt; color: #5a7d4f; letter-spacing: 0.08em; text-transform: uppercase; margin: 14pt 0 5pt 0; }
.side h2 { margin-top: 0; } .side h2 + * { margin-top: 0; } .side section { margin-bottom: 12pt; }
.when { font-variant: small-caps; color: #777; font-size: 9pt; } .entry { margin-bottom: 8pt; } .co { font-style: italic; }
p { margin: 0; } ul.hl { margin: 2pt 0 0 0; padding-left: 0; list-style: none; } .item { margin-bottom: 2pt; overflow-wrap: anywhere; }`;

const job = (j: CvData['work'][number], d: Doc): string => `<div class="entry"><div class="when">${esc(formatRange(d.style, j.start, j.end))}</div>` +
  `<b>${esc(j.title)}</b><div class="co">${esc(j.location ? `${j.company} · ${j.location}` : j.company)}</div>${bullets(j.highlights, d.style)}</div>`;

const school = (s: CvData['education'][number], d: Doc): string => `<div class="entry"><div class="when">${esc(formatRange(d.style, s.start, s.end))}</div>` +
  `<b>${esc(degreeLine(s))}</b><div class="co">${esc(s.institution)}</div>${s.grade ? `<div>${esc(s.grade)}</div>` : ''}</div>`;

const h2 = (d: Doc, key: MainSection | 'contact'): string => `<h2>${esc(d.style.headings[key])}</h2>`;

/** the main column's sections; work is cut after its second job so that the rest continues on page 2 */
function mainColumns(d: Doc): [string, string] {
  const { cv } = d;
  const first: string[] = [];
  const second: string[] = [];
  let onSecond = false;
  for (const key of cv.order.filter((k) => k !== 'skills' && k !== 'languages' && k !== 'certifications')) {
    const target = onSecond ? second : first;
    if (key === 'summary' && cv.summary) target.push(`${h2(d, key)}<p>${esc(cv.summary)}</p>`);
    if (key === 'education') target.push(h2(d, key) + cv.education.map((s) => school(s, d)).join(''));
    if (key === 'work') {
      target.push(h2(d, key) + cv.work.slice(0, 2).map((j) => job(j, d)).join(''));
      second.push(cv.work.slice(2).map((j) => job(j, d)).join(''));
      onSecond = true;
    }
  }
  return [first.join(''), second.join('')];
}

function body(d: Doc): string {
  const { cv, style } = d;
  const contact = [cv.email, cv.phone, cv.location, cv.linkedin, cv.github, cv.website].filter((x): x is string => !!x).map((x) => `<div class="item">${esc(x)}</div>`).join('');
  const side1 = `<section>${h2(d, 'contact')}${contact}</section>${cv.skills.length ? `<section>${h2(d, 'skills')}${cv.skills.map((s) => `<div class="item">${esc(s)}</div>`).join('')}</section>` : ''}`;
  const langs = cv.languages.length ? `<section>${h2(d, 'languages')}${cv.languages.map((l) => `<div class="item"><b>${esc(l.language)}</b>${l.proficiency ? `<br>${esc(l.proficiency)}` : ''}</div>`).join('')}</section>` : '';
  const certs = cv.certifications.length ? `<section>${h2(d, 'certifications')}${cv.certifications.map((c) => `<div class="item">${certLine(c, style)}</div>`).join('')}</section>` : '';
  const [main1, main2] = mainColumns(d);
  return `<div class="page"><div class="main"><h1>${esc(cv.name)}</h1><div class="role">${esc(cv.headline)}</div>${main1}</div><div class="side">${side1}</div></div>` +
    `<div class="page"><div class="main">${main2}</div><div class="side">${langs}${certs}</div></div>`;
}

export const twoPageSidebar: Family = {
  id: 'html:two-page-sidebar', short: 'twopage', split: 'train', formats: ['pdf'], langs: ['en', 'fr', 'de', 'en', 'it', 'es'],
  ranges: ANY_RANGE,
  // a second page is only needed when there is a third job to carry over
  adapt: (cv, f, style) => {
    while (cv.work.length < 3) {
      const last = cv.work[cv.work.length - 1];
      const m = style.range.notation === 'year' ? undefined : f.number.int({ min: 1, max: 12 });
      const end = { y: last.start.y - 1, m };
      cv.work.push({ ...last, title: cv.work[0].title, company: f.company.name(), start: { y: end.y - 2, m }, end, highlights: [] });
    }
  },
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
