/**
 * TXT and MD CVs with heading conventions other than "# Heading": underlined with === / ---, ALL CAPS
 * without blank lines, "Heading:" with a colon, bold lines as headings, a Markdown table of jobs.
 */
import type { Doc, Family } from '../family.mjs';
import { ANY_RANGE, formatRange } from '../style.mjs';
import { contactLines, degreeOf, sectionLines } from './textKit.mjs';

function underlined({ cv, style }: Doc): string {
  const out = [cv.name, '='.repeat(cv.name.length), cv.headline, '', ...contactLines(cv), ''];
  for (const key of cv.order) {
    const lines = sectionLines(cv, style, key, { indent: '  ' });
    if (!lines.length) continue;
    const h = style.headings[key];
    out.push('', h, '-'.repeat(h.length), ...lines);
  }
  return `${out.join('\n')}\n`;
}

function capsDense({ cv, style }: Doc): string {
  const out = [cv.name.toUpperCase(), contactLines(cv).join(' | ')];
  for (const key of cv.order) {
    const lines = sectionLines(cv, style, key, {
      job: (j, s) => [`${j.title} - ${j.company} (${formatRange(s, j.start, j.end)})`],
      skills: (c) => c.skills.map((x) => `${style.bullet} ${x}`),
    }).filter((l) => l !== '');
    if (lines.length) out.push(style.headings[key].toUpperCase(), ...lines);
  }
  return `${out.join('\n')}\n`;
}

function colon({ cv, style }: Doc): string {
  const out = [`${cv.name}`, ...contactLines(cv).map((c) => `  ${c}`), ''];
  for (const key of cv.order) {
    const lines = sectionLines(cv, style, key, {
      indent: '    ',
      job: (j, s) => [`  ${formatRange(s, j.start, j.end)}: ${j.title} at ${j.company}`.replace(' at ', style.lang === 'en' ? ' at ' : ', ')],
    });
    if (lines.length) out.push(`${style.headings[key]}:`, ...lines.map((l) => (l && !l.startsWith(' ') ? `  ${l}` : l)), '');
  }
  return out.join('\n');
}

function boldMd({ cv, style }: Doc): string {
  const out = [`**${cv.name}**`, '', cv.headline, '', contactLines(cv).join(' · '), ''];
  for (const key of cv.order) {
    const lines = sectionLines(cv, style, key, {
      job: (j, s) => [`*${j.title}* — ${j.company}  `, `${formatRange(s, j.start, j.end)}`],
      skills: (c) => c.skills.map((x) => `- ${x}`),
    });
    if (lines.length) out.push(`**${style.headings[key].toUpperCase()}**`, '', ...lines, '');
  }
  return out.join('\n');
}

function tableMd({ cv, style }: Doc): string {
  const out = [`${cv.name}`, '='.repeat(cv.name.length), '', `${contactLines(cv).join(' | ')}`, ''];
  for (const key of cv.order) {
    let lines: string[];
    if (key === 'work') {
      lines = ['| | |', '|---|---|', ...cv.work.map((j) => `| ${formatRange(style, j.start, j.end)} | **${j.title}**, ${j.company} |`)];
    } else if (key === 'education') {
      lines = ['| | |', '|---|---|', ...cv.education.map((s) => `| ${formatRange(style, s.start, s.end)} | ${degreeOf(s)}, ${s.institution} |`)];
    } else lines = sectionLines(cv, style, key, { skills: (c) => [c.skills.join(' · ')] });
    if (lines.length) out.push(`## ${style.headings[key]}`, '', ...lines, '');
  }
  return out.join('\n');
}

const text = (fn: (d: Doc) => string) => (d: Doc) => ({ kind: 'text' as const, text: fn(d) });

export const txtUnderlined: Family = {
  id: 'txt:underlined', short: 'txtline', split: 'train', formats: ['txt'], langs: ['en', 'de', 'en', 'fr', 'en', 'it'],
  ranges: ANY_RANGE, render: text(underlined),
};
export const txtCapsDense: Family = {
  id: 'txt:caps-dense', short: 'txtcaps', split: 'train', formats: ['txt'], langs: ['en', 'es', 'en', 'de'],
  ranges: ANY_RANGE, bullets: ['*', '-', '•'], render: text(capsDense),
};
export const txtColon: Family = {
  id: 'txt:colon-headings', short: 'txtcolon', split: 'validation', formats: ['txt'], langs: ['en', 'fr', 'en', 'de', 'es'],
  ranges: ANY_RANGE, render: text(colon),
};
export const mdBold: Family = {
  id: 'md:bold-headings', short: 'mdbold', split: 'train', formats: ['md'], langs: ['en', 'it', 'en', 'de'],
  ranges: ANY_RANGE, bullets: ['-', '*'], render: text(boldMd),
};
export const mdTable: Family = {
  id: 'md:job-table', short: 'mdtable', split: 'validation', formats: ['md'], langs: ['en', 'de', 'en', 'es'],
  ranges: ANY_RANGE, bullets: ['-'], render: text(tableMd),
};
