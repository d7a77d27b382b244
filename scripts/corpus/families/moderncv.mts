/**
 * The moderncv LaTeX class (Debian TeX Live) in its casual, banking and fancy styles, compiled by pdflatex. Entries are
 * \cventry rows with the dates in the left column; skills are "Category: a, b, c" rows, bulleted pairs or names with a
 * level beside them; languages are names with their level beside them. Profiles show only the username (links behind).
 */
import type { Faker } from '@faker-js/faker';
import type { CvData, MainSection } from '../cvData.mjs';
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, type Style, formatDate, formatRange } from '../style.mjs';
import { hide } from '../truth.mjs';
import type { Lang } from '../vocab.mjs';
import { pdflatex, tex } from './latexKit.mjs';
import { degreeOf } from './textKit.mjs';

type ModerncvStyle = 'casual' | 'banking' | 'fancy';

const CATEGORIES: Record<Lang, [string, string]> = {
  en: ['Technical', 'Tools'], de: ['Fachlich', 'Werkzeuge'], fr: ['Techniques', 'Outils'], es: ['Técnicas', 'Herramientas'], it: ['Tecniche', 'Strumenti'],
};
const LEVELS: Record<Lang, string[]> = {
  en: ['Expert', 'Advanced', 'Intermediate'], de: ['Experte', 'Fortgeschritten', 'Gut'], fr: ['Expert', 'Avancé', 'Intermédiaire'],
  es: ['Experto', 'Avanzado', 'Intermedio'], it: ['Esperto', 'Avanzato', 'Intermedio'],
};

function skillRows(cv: CvData, style: ModerncvStyle, f: Faker, lang: Lang): string[] {
  const s = cv.skills.map(tex);
  if (style === 'casual') {
    const half = Math.ceil(s.length / 2);
    return [`\\cvitem{${CATEGORIES[lang][0]}}{${s.slice(0, half).join(', ')}}`, ...(s.length > half ? [`\\cvitem{${CATEGORIES[lang][1]}}{${s.slice(half).join(', ')}}`] : [])];
  }
  if (style === 'banking') {
    const rows: string[] = [];
    for (let i = 0; i < s.length; i += 2) rows.push(i + 1 < s.length ? `\\cvlistdoubleitem{${s[i]}}{${s[i + 1]}}` : `\\cvlistitem{${s[i]}}`);
    return rows;
  }
  return s.map((name) => `\\cvitemwithcomment{${name}}{${f.helpers.arrayElement(LEVELS[lang])}}{}`);
}

function section(cv: CvData, st: Style, key: MainSection, style: ModerncvStyle, f: Faker): string[] {
  const head = `\\section{${tex(st.headings[key])}}`;
  switch (key) {
    case 'summary': return cv.summary ? [head, `\\cvitem{}{${tex(cv.summary)}}`] : [];
    case 'work': return [head, ...cv.work.map((j) => `\\cventry{${tex(formatRange(st, j.start, j.end))}}{${tex(j.title)}}{${tex(j.company)}}{}{}{${
      j.highlights.length ? `\\begin{itemize}${j.highlights.map((h) => `\\item ${tex(h)}`).join('')}\\end{itemize}` : ''}}`)];
    case 'education': return [head, ...cv.education.map((s) => `\\cventry{${tex(formatRange(st, s.start, s.end))}}{${tex(degreeOf(s))}}{${tex(s.institution)}}{}{${s.grade ? `\\textit{${tex(s.grade)}}` : ''}}{}`)];
    case 'skills': return cv.skills.length ? [head, ...skillRows(cv, style, f, st.lang)] : [];
    case 'languages': return cv.languages.length ? [head, ...cv.languages.map((l) => (style === 'banking'
      ? `\\cvitem{${tex(l.language)}}{${tex(l.proficiency ?? '')}}` : `\\cvitemwithcomment{${tex(l.language)}}{${tex(l.proficiency ?? '')}}{}`))] : [];
    case 'certifications': return cv.certifications.length ? [head, ...cv.certifications.map((c) =>
      `\\cvitem{${c.date ? formatDate(c.date, st.range.notation, st.lang) : ''}}{${tex([c.name, c.issuer].filter(Boolean).join(', '))}}`)] : [];
  }
}

function document(doc: Doc, style: ModerncvStyle): string {
  const { cv, style: st, f } = doc;
  const cut = cv.name.lastIndexOf(' ');
  const social = [cv.hiddenLinks.find((l) => l.startsWith('linkedin.com/in/')), cv.hiddenLinks.find((l) => l.startsWith('github.com/'))];
  return [
    '\\documentclass[11pt,a4paper,sans]{moderncv}',
    // nosymbols: the letter icons need no fonts beyond lmodern (fontawesome5 is in the large fonts-extra package)
    `\\moderncvstyle[nosymbols]{${style}}`, `\\moderncvcolor{${f.helpers.arrayElement(['blue', 'green', 'grey', 'burgundy'])}}`,
    '\\usepackage[T1]{fontenc}', '\\usepackage{lmodern}', '\\usepackage[scale=0.8]{geometry}',
    `\\name{${tex(cv.name.slice(0, cut))}}{${tex(cv.name.slice(cut + 1))}}`, `\\title{${tex(cv.headline)}}`,
    ...(cv.location ? [`\\address{${tex(cv.location)}}{}{}`] : []),
    `\\phone[mobile]{${tex(cv.phone)}}`, `\\email{${tex(cv.email)}}`,
    ...(cv.website ? [`\\homepage{${tex(cv.website)}}`] : []),
    ...(social[0] ? [`\\social[linkedin]{${tex(social[0].split('/').pop() ?? '')}}`] : []),
    ...(social[1] ? [`\\social[github]{${tex(social[1].split('/').pop() ?? '')}}`] : []),
    '\\begin{document}', '\\makecvtitle',
    ...cv.order.flatMap((key) => section(cv, st, key, style, f)),
    '\\end{document}', '',
  ].join('\n');
}

function moderncv(style: ModerncvStyle, short: string, langs: Lang[]): Family {
  return {
    id: `latex:moderncv-${style}`, short, split: 'train', formats: ['pdf'], langs, ranges: ANY_RANGE,
    adapt: (cv) => hide.linksAsIcons(cv, ['linkedin', 'github']),
    render: (doc) => ({ kind: 'pdf', buffer: pdflatex(document(doc, style)) }),
  };
}

export const moderncvCasual = moderncv('casual', 'mcvcasual', ['en', 'de', 'fr']);
export const moderncvBanking = moderncv('banking', 'mcvbanking', ['en', 'es', 'it']);
export const moderncvFancy = moderncv('fancy', 'mcvfancy', ['en', 'de', 'it', 'fr']);
