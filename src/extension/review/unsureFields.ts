import type { ParsedCV } from '../../core/parsedCv';

/** Below this the whole result is marked for a closer look. */
export const LOW_CONFIDENCE = 0.6;

/**
 * The fields a reviewer should check first: those a warning names, and the main fields of a result
 * the parser was unsure of as a whole. JSON pointers, as the form names its inputs.
 */
export function unsureFields(parsed: ParsedCV): string[] {
  const out = new Set<string>();
  for (const w of parsed.warnings) {
    if (/\bname\b/i.test(w)) out.add('/contact/name');
    if (/\bwork entr/i.test(w)) {
      parsed.work_history.forEach((job, i) => {
        if (!job.start_date && !job.end_date) out.add(`/work_history/${i}/start_date`).add(`/work_history/${i}/end_date`);
      });
    }
    if (/section headings|structure|OCR/i.test(w)) addMain(out, parsed);
  }
  if (parsed.parse_confidence < LOW_CONFIDENCE) addMain(out, parsed);
  return [...out];
}

function addMain(out: Set<string>, parsed: ParsedCV): void {
  for (const key of ['name', 'email', 'phone'] as const) out.add(`/contact/${key}`);
  parsed.work_history.forEach((_, i) => out.add(`/work_history/${i}/title`).add(`/work_history/${i}/company`));
  parsed.education.forEach((_, i) => out.add(`/education/${i}/institution`));
}
