/**
 * A Europass-like CV: a label column on the left (section names, each entry's dates, "Mother tongue")
 * and the content on the right; the native language is a label row without a level.
 */
import type { Doc, Family } from '../family.mjs';
import { formatRange } from '../style.mjs';
import type { Lang } from '../vocab.mjs';
import { ICON } from './icons.mjs';
import { bullets, certLine, degreeLine, esc, page } from './htmlKit.mjs';

const LABELS: Record<Lang, [mother: string, other: string]> = {
  en: ['Mother tongue(s)', 'Other language(s)'], de: ['Muttersprache(n)', 'Weitere Sprache(n)'], fr: ['Langue(s) maternelle(s)', 'Autre(s) langue(s)'],
  es: ['Lengua(s) materna(s)', 'Otro(s) idioma(s)'], it: ['Lingua madre', 'Altre lingue'],
};

const css = `body { font: 9pt/1.4 'Liberation Sans', 'DejaVu Sans', sans-serif; padding: 14mm 12mm; color: #3f3a39; }
.r { display: grid; grid-template-columns: 52mm 1fr; column-gap: 6mm; margin-bottom: 5pt; }
.l { text-align: right; color: #1593cb; font-size: 8.5pt; text-transform: uppercase; } .l.d { text-transform: none; color: #1593cb; }
.name { font-size: 17pt; color: #1593cb; } .rule { border-bottom: 0.8pt solid #1593cb; margin-top: 6pt; }
.title { font-size: 11pt; color: #1593cb; } p { margin: 0; } ul.hl { margin: 1pt 0 0 0; padding: 0; list-style: none; }`;

const row = (label: string, content: string, cls = 'l'): string => `<div class="r"><div class="${cls}">${label}</div><div>${content}</div></div>`;

function body({ cv, style }: Doc): string {
  const out = [row(esc(style.headings.personal), `<div class="name">${esc(cv.name)}</div>`)];
  const contact = [[ICON.pin, cv.location], [ICON.phone, cv.phone], [ICON.mail, cv.email], [ICON.globe, cv.linkedin], [ICON.globe, cv.github], [ICON.globe, cv.website]]
    .filter(([, v]) => v).map(([i, v]) => `<div>${i} ${esc(String(v))}</div>`).join('');
  out.push(row('', contact));
  for (const key of cv.order) {
    if (key === 'work' && cv.work.length) {
      out.push(row(esc(style.headings.work), '<div class="rule"></div>'));
      for (const j of cv.work) out.push(row(esc(formatRange(style, j.start, j.end)), `<div class="title">${esc(j.title)}</div><div>${esc(j.company)}${j.location ? `, ${esc(j.location)}` : ''}</div>${bullets(j.highlights, style)}`, 'l d'));
    } else if (key === 'education' && cv.education.length) {
      out.push(row(esc(style.headings.education), '<div class="rule"></div>'));
      for (const s of cv.education) out.push(row(esc(formatRange(style, s.start, s.end)), `<div class="title">${esc(degreeLine(s))}</div><div>${esc(s.institution)}</div>${s.grade ? `<div>${esc(s.grade)}</div>` : ''}`, 'l d'));
    } else if (key === 'languages' && cv.languages.length) {
      const [native, ...others] = cv.languages;
      out.push(row(esc(style.headings.languages), '<div class="rule"></div>'), row(esc(LABELS[style.lang][0]), esc(native.language), 'l d'));
      if (others.length) out.push(row(esc(LABELS[style.lang][1]), others.map((l) => `${esc(l.language)}&nbsp;&nbsp;&nbsp;${esc(l.proficiency ?? '')}`).join('<br>'), 'l d'));
    } else if (key === 'skills' && cv.skills.length) {
      out.push(row(esc(style.headings.skills), '<div class="rule"></div>'), row('', `<p>${cv.skills.map(esc).join(', ')}</p>`));
    } else if (key === 'certifications' && cv.certifications.length) {
      out.push(row(esc(style.headings.certifications), '<div class="rule"></div>'), row('', cv.certifications.map((c) => certLine(c, style)).join('<br>')));
    } else if (key === 'summary' && cv.summary) {
      out.push(row(esc(style.headings.summary), `<p>${esc(cv.summary)}</p>`));
    }
  }
  return out.join('');
}

export const europass: Family = {
  id: 'html:europass-like', short: 'europass', split: 'validation', formats: ['pdf'], langs: ['en', 'it', 'es', 'en', 'de', 'fr'],
  ranges: [{ notation: 'iso', sep: 'WORD', since: false }, { notation: 'mm/yyyy', sep: 'endash', since: false }, { notation: 'long', sep: 'dash', since: true }],
  adapt: (cv) => {
    const native = cv.languages[0];
    if (native?.proficiency) { native.proficiency = undefined; cv.dropped.push('language.proficiency'); }
  },
  render: (doc) => ({ kind: 'html', html: page(doc.style.lang, css, body(doc)) }),
};
