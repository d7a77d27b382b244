import type { ParsedCV } from '../../parsedCv';
import type { Row } from '../../db/sql';
import { num, str } from '../../db/sql';
import { emptyParsedCV } from '../../parsedCv';

/** Maps a parsed CV onto the cvs table's result columns and back. */
export function parsedToColumns(cv: ParsedCV): Record<string, string | number | null> {
  return {
    contact_json: JSON.stringify(cv.contact ?? {}),
    contact_confidence: contactConfidence(cv),
    summary: cv.summary ?? null,
    work_history_json: JSON.stringify(cv.work_history ?? []),
    education_json: JSON.stringify(cv.education ?? []),
    skills_json: JSON.stringify(cv.skills ?? []),
    certifications_json: JSON.stringify(cv.certifications ?? []),
    languages_json: JSON.stringify(cv.languages ?? []),
    other_sections_json: JSON.stringify(cv.other_sections ?? []),
    raw_text: cv.raw_text ?? '',
    section_order_json: JSON.stringify(cv.section_order ?? []),
    parse_confidence: cv.parse_confidence ?? 0,
    warnings_json: JSON.stringify(cv.warnings ?? []),
    parse_time_ms: Math.round(cv.extract_time_ms ?? 0),
    ocr_pages: cv.ocr?.pages ?? null,
    ocr_confidence: cv.ocr?.mean_confidence ?? null,
    ocr_languages_json: cv.ocr ? JSON.stringify(cv.ocr.languages ?? []) : null,
  };
}

export function columnsToParsed(row: Row): ParsedCV {
  const cv = emptyParsedCV();
  cv.contact = parseJson(row.contact_json, {});
  const summary = str(row.summary);
  if (summary) cv.summary = summary;
  cv.work_history = parseJson(row.work_history_json, []);
  cv.education = parseJson(row.education_json, []);
  cv.skills = parseJson(row.skills_json, []);
  cv.certifications = parseJson(row.certifications_json, []);
  cv.languages = parseJson(row.languages_json, []);
  cv.other_sections = parseJson(row.other_sections_json, []);
  cv.raw_text = str(row.raw_text) ?? '';
  cv.section_order = parseJson(row.section_order_json, []);
  cv.parse_confidence = num(row.parse_confidence) ?? 0;
  cv.warnings = parseJson(row.warnings_json, []);
  cv.extract_time_ms = num(row.parse_time_ms) ?? 0;
  const ocrPages = num(row.ocr_pages);
  if (ocrPages !== undefined) cv.ocr = { pages: ocrPages, mean_confidence: num(row.ocr_confidence) ?? 0, languages: parseJson(row.ocr_languages_json, []) };
  return cv;
}

/** How much of the contact block was found, weighted by what a recruiter needs first. */
function contactConfidence(cv: ParsedCV): number {
  const c = cv.contact ?? {};
  const score = (c.name ? 0.4 : 0) + (c.email ? 0.3 : 0) + (c.phone ? 0.2 : 0) + (c.location ? 0.1 : 0);
  return Math.round(score * 100) / 100;
}

function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || !value) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}
