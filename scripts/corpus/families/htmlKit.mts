/** Pieces the HTML templates share: escaping, the page shell and the usual way to write each section. */
import type { CvData, Job, School } from '../cvData.mjs';
import { type Style, formatDate, formatRange } from '../style.mjs';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function page(lang: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
${css}</style></head><body>${body}</body></html>`;
}

export const degreeLine = (s: School): string => `${s.degree}${s.joiner}${s.field}`;

export function contactItems(cv: CvData): string[] {
  return [cv.email, cv.phone, cv.location, cv.linkedin, cv.github, cv.website].filter((x): x is string => !!x);
}

export function bullets(items: string[], style: Style, cls = 'hl'): string {
  if (!items.length) return '';
  return `<ul class="${cls}">${items.map((h) => `<li><span class="b">${esc(style.bullet)}</span> ${esc(h)}</li>`).join('')}</ul>`;
}

export const jobRange = (j: Job, style: Style): string => formatRange(style, j.start, j.end);
export const schoolRange = (s: School, style: Style): string => formatRange(style, s.start, s.end);

export function certLine(c: CvData['certifications'][number], style: Style): string {
  return [c.name, c.issuer, c.date ? formatDate(c.date, style.range.notation, style.lang) : undefined].filter(Boolean).map((x) => esc(String(x))).join(', ');
}

export const langLine = (l: CvData['languages'][number]): string => esc(l.proficiency ? `${l.language} (${l.proficiency})` : l.language);
export const langLineColon = (l: CvData['languages'][number]): string => esc(l.proficiency ? `${l.language}: ${l.proficiency}` : l.language);

/** One section's inner HTML in a plain, common form; templates override what they lay out differently. */
export function sectionBody(cv: CvData, style: Style, key: CvData['order'][number]): string {
  switch (key) {
    case 'summary': return cv.summary ? `<p>${esc(cv.summary)}</p>` : '';
    case 'work': return cv.work.map((j) => `<div class="entry"><div class="what"><b>${esc(j.title)}</b>, ${esc(j.company)}</div>` +
      `<div class="when">${esc(jobRange(j, style))}</div>${bullets(j.highlights, style)}</div>`).join('');
    case 'education': return cv.education.map((s) => `<div class="entry"><div class="what"><b>${esc(degreeLine(s))}</b></div>` +
      `<div>${esc(s.institution)}</div><div class="when">${esc(schoolRange(s, style))}${s.grade ? ` · ${esc(s.grade)}` : ''}</div></div>`).join('');
    case 'skills': return cv.skills.length ? `<p>${cv.skills.map(esc).join(', ')}</p>` : '';
    case 'languages': return cv.languages.length ? `<p>${cv.languages.map(langLine).join('<br>')}</p>` : '';
    case 'certifications': return cv.certifications.length ? `<p>${cv.certifications.map((c) => certLine(c, style)).join('<br>')}</p>` : '';
  }
}
