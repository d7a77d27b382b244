/** Headings and the name in small capitals with letter-spacing; dates upper-cased and letter-spaced. */
import type { Doc, Family } from '../family.mjs';
import { formatRange } from '../style.mjs';
import { bullets, contactItems, degreeLine, esc, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 10.5pt/1.45 'Linux Libertine O', 'DejaVu Serif', serif; padding: 16mm 20mm; }
h1 { font-variant: small-caps; letter-spacing: 0.12em; font-size: 24pt; font-weight: normal; margin: 0; text-align: center; }
.contact { text-align: center; font-size: 9.5pt; margin: 3pt 0 12pt 0; }
h2 { font-variant: small-caps; letter-spacing: 0.18em; font-size: 13pt; font-weight: normal; border-bottom: 0.6pt solid #555; margin: 10pt 0 4pt 0; }
.entry { margin-bottom: 5pt; } .head { display: flex; justify-content: space-between; }
.when { text-transform: uppercase; letter-spacing: 0.28em; font-size: 8pt; color: #333; }
ul.hl { margin: 1pt 0 0 12pt; padding: 0; list-style: none; } p { margin: 0; }`;

function body({ cv, style }: Doc): string {
  const sections = cv.order.map((key) => {
    let inner: string;
    if (key === 'work') {
      inner = cv.work.map((j) => `<div class="entry"><div class="head"><span><b>${esc(j.title)}</b> · <i>${esc(j.company)}</i></span>` +
        `<span class="when">${esc(formatRange(style, j.start, j.end))}</span></div>${bullets(j.highlights, style)}</div>`).join('');
    } else if (key === 'education') {
      inner = cv.education.map((s) => `<div class="entry"><div class="head"><span><b>${esc(degreeLine(s))}</b></span>` +
        `<span class="when">${esc(formatRange(style, s.start, s.end))}</span></div><div>${esc(s.institution)}${s.grade ? ` — ${esc(s.grade)}` : ''}</div></div>`).join('');
    } else inner = sectionBody(cv, style, key);
    return inner ? `<h2>${esc(style.headings[key])}</h2>${inner}` : '';
  });
  return `<h1>${esc(cv.name)}</h1><div class="contact">${contactItems(cv).map(esc).join(' · ')}</div>${sections.join('')}`;
}

export const smallCaps: Family = {
  id: 'html:smallcaps-spaced', short: 'smallcaps', split: 'train', formats: ['pdf'], langs: ['en', 'it', 'en', 'fr'],
  ranges: [{ notation: 'iso', sep: 'WORD', since: false }, { notation: 'short', sep: 'endash', since: false }, { notation: 'mm/yyyy', sep: 'word', since: false }],
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
