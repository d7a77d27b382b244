import type { Candidate } from '../../core/parser/fields/headingScore';
import { HEADING_THRESHOLD } from '../../core/parser/fields/headingScore';
import type { ParseExplanation } from '../../core/parser/parseCv';

function clip(s: string, n = 48): string {
  const t = s.replace(/\t/g, ' | ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function signals(c: Candidate): string {
  return c.signals.map((s) => `${s.name} ${s.weight >= 0 ? '+' : ''}${s.weight}`).join(', ');
}

function candidate(c: Candidate, role: string): string {
  return `  line ${String(c.index + 1).padEnd(4)} ${JSON.stringify(clip(c.heading, 36))} → ${role}  score ${c.score}: ${signals(c)}`;
}

/** The text of `samsara parse FILE --explain`: what the extractor and the section reader saw. */
export function explainLines(seen: ParseExplanation): string[] {
  const { doc, sections, headings, cv } = seen;
  const out = ['extractor:'];
  for (const n of doc.notes ?? []) out.push(`  ${n}`);
  out.push(`  ${doc.lines.length} lines, body text ${doc.bodySize.toFixed(1)} pt, ${doc.links.length} links`);
  out.push(`headings (score ≥ ${HEADING_THRESHOLD}):`);
  const named = headings.marks.filter((m) => !m.flow);
  if (!named.length) out.push('  none');
  for (const m of headings.marks) {
    if (m.flow) out.push(`  line ${String(m.index + 1).padEnd(4)} new text flow (a column or cell without a heading)`);
    else out.push(candidate(m, m.key + (m.rest ? ` + content "${clip(m.rest[0].text, 24)}"` : '') + (m.span > 1 ? ` (lines ${m.index + 1}–${m.index + m.span})` : '')));
  }
  out.push('near misses:');
  if (!headings.nearMisses.length) out.push('  none');
  for (const c of headings.nearMisses) out.push(candidate(c, c.key ?? 'other'));
  out.push('sections:');
  for (const s of sections) out.push(`  ${s.key.padEnd(15)}${s.heading ? JSON.stringify(clip(s.heading, 30)) : '(no heading)'}  ${s.lines.length} lines`);
  out.push(`result: ${cv.work_history.length} work, ${cv.education.length} education, ${cv.skills.length} skills, ${cv.languages.length} languages, ${cv.certifications.length} certifications; confidence ${cv.parse_confidence.toFixed(2)}`);
  for (const w of cv.warnings) out.push(`warning: ${w}`);
  return out;
}
