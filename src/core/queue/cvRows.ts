/**
 * A CV's whole row as it moves between queues (`samsara db copy`): every column both backends
 * share, timestamps as ISO strings. The order of the list is the order of the values.
 */
export const COPIED_COLUMNS = [
  'id', 'file_path', 'file_name', 'created_at', 'updated_at', 'contact_json', 'contact_confidence',
  'work_history_json', 'education_json', 'skills_json', 'certifications_json', 'languages_json',
  'other_sections_json', 'raw_text', 'section_order_json', 'parse_confidence', 'warnings_json',
  'parse_time_ms', 'project_id', 'status', 'error_message', 'processing_started_at', 'summary',
  'attempts', 'next_attempt_at', 'content_hash', 'enqueued_by',
  'corrections_json', 'corrected_json', 'reviewed_at', 'reviewed_by',
  'ocr_pages', 'ocr_confidence', 'ocr_languages_json',
] as const;

export type CvRowValue = string | number | null;
export type CvRow = Record<(typeof COPIED_COLUMNS)[number], CvRowValue>;

/** A page of rows in the order they were added, with the position to continue after. */
export interface CvRowPage {
  rows: CvRow[];
  /** Pass as `after` for the next page; undefined when this was the last. */
  next?: number;
}
