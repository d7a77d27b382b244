/**
 * A narrow margin column with long upper-case headings that wrap over two lines
 * ("EXPÉRIENCE / PROFESSIONNELLE", "INFORMATIONS / PERSONNELLES"), the entries to their right.
 */
import type { Doc, Family } from '../family.mjs';
import { formatRange } from '../style.mjs';
import { hide } from '../truth.mjs';
import { WORDS } from '../vocab.mjs';
import { bullets, degreeLine, esc, langLineColon, page, sectionBody } from './htmlKit.mjs';

const css = `body { font: 9.5pt/1.4 'Open Sans', 'DejaVu Sans', sans-serif; padding: 14mm 16mm; color: #1d1d1d; }
.top h1 { font-size: 19pt; margin: 0; letter-spacing: 0.04em; } .top .role { color: #555; margin-bottom: 10pt; }
.row { display: grid; grid-template-columns: 24mm 1fr; column-gap: 6mm; margin-bottom: 9pt; }
.row h2 { font-size: 8.5pt; text-transform: uppercase; margin: 0; color: #0b4f71; line-height: 1.25; word-break: normal; }
.entry { margin-bottom: 5pt; } .when { color: #666; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

/** the longest usual wording, so the heading needs two lines in the margin */
const longest = (lang: Doc['style']['lang'], key: keyof (typeof WORDS)['en']['headings']): string =>
  [...WORDS[lang].headings[key]].sort((a, b) => b.length - a.length)[0];

function body({ cv, style }: Doc): string {
  const contact = [cv.email, cv.phone, cv.location, cv.linkedin, cv.github, cv.website].filter(Boolean).map((x) => esc(String(x))).join('<br>');
  const rows = [`<div class="row"><h2>${esc(longest(style.lang, 'personal'))}</h2><div>${contact}</div></div>`];
  for (const key of cv.order) {
    let inner: string;
    if (key === 'work') {
      inner = cv.work.map((j) => `<div class="entry"><div><b>${esc(j.title)}</b> — ${esc(j.company)}</div><div class="when">${esc(formatRange(style, j.start, j.end))}</div>${bullets(j.highlights, style)}</div>`).join('');
    } else if (key === 'education') {
      inner = cv.education.map((s) => `<div class="entry"><div><b>${esc(degreeLine(s))}</b></div><div>${esc(s.institution)}</div><div class="when">${esc(formatRange(style, s.start, s.end))}</div></div>`).join('');
    } else if (key === 'languages') {
      inner = cv.languages.map(langLineColon).join('<br>');
    } else inner = sectionBody(cv, style, key);
    if (inner) rows.push(`<div class="row"><h2>${esc(longest(style.lang, key))}</h2><div>${inner}</div></div>`);
  }
  return `<div class="top"><h1>${esc(cv.name)}</h1><div class="role">${esc(cv.headline)}</div></div>${rows.join('')}`;
}

export const wrappedMargin: Family = {
  id: 'html:wrapped-margin-headings', short: 'wrapmargin', split: 'validation', formats: ['pdf'], langs: ['fr', 'de', 'en', 'fr', 'it', 'es'],
  ranges: [{ notation: 'mm/yyyy', sep: 'endash', since: true }, { notation: 'long', sep: 'endash', since: false }, { notation: 'year', sep: 'dash', since: true }],
  adapt: (cv) => hide.grades(cv),
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
