/**
 * Narrow justified newspaper columns with hyphenation (soft hyphens from TeX patterns for the document's
 * language), so names, companies and words break across lines: "Cameron-" / "mouth".
 */
import { createRequire } from 'node:module';
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import type { Lang } from '../vocab.mjs';
import { bullets, contactItems, degreeLine, esc, langLine, page, sectionBody } from './htmlKit.mjs';

interface Hyphenator { hyphenateHTMLSync(html: string): string }
const load = createRequire(import.meta.url);
const PATTERNS: Record<Lang, string> = { en: 'hyphen/en-us', de: 'hyphen/de', fr: 'hyphen/fr', es: 'hyphen/es', it: 'hyphen/it' };

const css = `body { font: 9pt/1.3 'Caladea', 'DejaVu Serif', serif; padding: 12mm 12mm; }
h1 { font-size: 20pt; margin: 0; text-align: center; } .contact { text-align: center; font-size: 8.5pt; margin: 2pt 0 8pt 0; }
.cols { column-count: 3; column-gap: 6mm; column-rule: 0.4pt solid #999; text-align: justify; }
h2 { font-size: 10.5pt; margin: 6pt 0 3pt 0; break-after: avoid; border-bottom: 0.5pt solid #333; }
.entry { margin-bottom: 5pt; } .when { font-style: italic; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

function body({ cv, style }: Doc): string {
  const parts = cv.order.map((key) => {
    let inner: string;
    if (key === 'work') inner = cv.work.map((j) => `<div class="entry"><b>${esc(j.title)}</b>, ${esc(j.company)}; <span class="when">${esc(formatRange(style, j.start, j.end))}</span>${bullets(j.highlights, style)}</div>`).join('');
    else if (key === 'education') inner = cv.education.map((s) => `<div class="entry"><b>${esc(degreeLine(s))}</b>, ${esc(s.institution)}; <span class="when">${esc(formatRange(style, s.start, s.end))}</span>${s.grade ? `; ${esc(s.grade)}` : ''}</div>`).join('');
    else if (key === 'languages') inner = cv.languages.length ? `<p>${cv.languages.map(langLine).join('; ')}</p>` : '';
    else inner = sectionBody(cv, style, key);
    return inner ? `<h2>${esc(style.headings[key])}</h2>${inner}` : '';
  }).join('');
  const hyphenated = (load(PATTERNS[style.lang]) as Hyphenator).hyphenateHTMLSync(parts);
  return `<h1>${esc(cv.name)}</h1><div class="contact">${contactItems(cv).map(esc).join(' | ')}</div><div class="cols">${hyphenated}</div>`;
}

export const justifiedColumns: Family = {
  id: 'html:justified-hyphenated-columns', short: 'justified', split: 'train', formats: ['pdf'], langs: ['de', 'en', 'fr', 'de', 'en', 'it'],
  ranges: ANY_RANGE,
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)), softHyphens: true }),
};
