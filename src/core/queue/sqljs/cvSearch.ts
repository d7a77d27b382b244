import type { Database } from 'sql.js';
import { all, str } from '../../db/sql';
import type { CvSearchEntry } from '../cvRecord';
import { skillList } from '../skillList';

/** A corrected CV's listed fields come from corrected_json, the others' from the parser's columns. */
const listed = (key: string, parsed: string, as: string): string =>
  `CASE WHEN c.corrected_json IS NULL THEN ${parsed} ELSE json_extract(c.corrected_json, '$.${key}') END AS ${as}`;

export const LISTED_FIELDS = [
  listed('name', `json_extract(c.contact_json, '$.name')`, 'candidate_name'),
  listed('email', `json_extract(c.contact_json, '$.email')`, 'candidate_email'),
  listed('title', `json_extract(c.work_history_json, '$[0].title')`, 'current_title'),
  listed('company', `json_extract(c.work_history_json, '$[0].company')`, 'current_company'),
].join(',\n  ');

// Only the few fields a search shows: the full parsed rows of thousands of CVs are not loaded.
const SQL = `SELECT c.id, c.file_name, c.file_path, p.name AS project_name,
  ${LISTED_FIELDS},
  COALESCE(json_extract(c.corrected_json, '$.skills'), c.skills_json) AS skills_json
  FROM cvs c LEFT JOIN projects p ON p.id = c.project_id
  WHERE c.status = 'completed' ORDER BY c.created_at, c.rowid`;

/** Completed CVs with the fields a search shows, read in one query. */
export function listSearchEntries(db: Database): CvSearchEntry[] {
  return all(db, SQL).map((r) => ({
    id: String(r.id),
    fileName: String(r.file_name),
    filePath: String(r.file_path),
    projectName: str(r.project_name),
    name: str(r.candidate_name) || undefined,
    email: str(r.candidate_email) || undefined,
    title: str(r.current_title) || undefined,
    company: str(r.current_company) || undefined,
    skills: skillList(r.skills_json),
  }));
}
