import type { ParsedCV } from '../../core/parsedCv';
import type { CvRecord } from '../../core/queue/cvRecord';

/** A parsed CV as readable Markdown: what the "Show Result" document displays. */
export function renderCvMarkdown(cv: CvRecord, parsed: ParsedCV): string {
  const c = parsed.contact ?? {};
  const out: string[] = [`# ${c.name || cv.fileName}`, ''];
  const ocr = parsed.ocr ? ` · read by OCR (${parsed.ocr.pages} page${parsed.ocr.pages === 1 ? '' : 's'}, confidence ${percent(parsed.ocr.mean_confidence)})` : '';
  out.push(`*${cv.fileName}* · confidence ${percent(parsed.parse_confidence)} · parsed in ${Math.round(parsed.extract_time_ms)} ms${ocr}`, '');
  section(out, 'Contact', [
    field('Email', c.email), field('Phone', c.phone_e164 ? `${c.phone} (${c.phone_e164})` : c.phone), field('Location', c.location),
    field('LinkedIn', c.linkedin), field('GitHub', c.github), field('Website', c.website),
  ]);
  if (parsed.summary) out.push('## Summary', '', parsed.summary, '');
  section(out, 'Work history', parsed.work_history.map((w) => {
    const head = [w.title, w.company].filter(Boolean).join(' at ') || '(untitled role)';
    const when = dates(w.start_date, w.current ? 'present' : w.end_date);
    const lines = [`- **${head}**${when ? ` (${when})` : ''}${w.location ? `, ${w.location}` : ''}`];
    for (const h of w.highlights ?? []) lines.push(`  - ${h}`);
    return lines.join('\n');
  }));
  section(out, 'Education', parsed.education.map((e) => {
    const what = [e.degree, e.field].filter(Boolean).join(', ');
    const when = dates(e.start_date, e.end_date);
    return `- **${e.institution ?? '(institution unknown)'}**${what ? `: ${what}` : ''}${when ? ` (${when})` : ''}${e.grade ? `, ${e.grade}` : ''}`;
  }));
  if (parsed.skills.length) out.push('## Skills', '', parsed.skills.join(', '), '');
  section(out, 'Languages', parsed.languages.map((l) => `- ${l.language}${l.proficiency ? `: ${l.proficiency}` : ''}`));
  section(out, 'Certifications', parsed.certifications.map((x) => `- ${x.name}${x.issuer ? `, ${x.issuer}` : ''}${x.date ? ` (${x.date})` : ''}`));
  for (const o of parsed.other_sections) out.push(`## ${o.heading}`, '', o.content, '');
  section(out, 'Warnings', parsed.warnings.map((w) => `- ${w}`));
  return out.join('\n');
}

function section(out: string[], title: string, lines: (string | undefined)[]): void {
  const present = lines.filter((l): l is string => !!l);
  if (present.length) out.push(`## ${title}`, '', ...present, '');
}

function field(label: string, value: string | undefined): string | undefined {
  return value ? `- ${label}: ${value}` : undefined;
}

function dates(start?: string, end?: string): string {
  return [start, end].filter(Boolean).join(' – ');
}

function percent(x: number): string {
  return `${Math.round((x ?? 0) * 100)} %`;
}
