import type { Database } from 'sql.js';
import { all, str } from '../../db/sql';
import type { CvSearchEntry } from '../cvRecord';
import { skillList } from '../skillList';

// Only the few fields a search shows: the full parsed rows of thousands of CVs are not loaded.
const SQL = `SELECT c.id, c.file_name, c.file_path, p.name AS project_name,
  json_extract(c.contact_json, '$.name') AS name, json_extract(c.contact_json, '$.email') AS email,
  json_extract(c.work_history_json, '$[0].title') AS title, json_extract(c.work_history_json, '$[0].company') AS company,
  c.skills_json
  FROM cvs c LEFT JOIN projects p ON p.id = c.project_id
  WHERE c.status = 'completed' ORDER BY c.created_at, c.rowid`;

/** Completed CVs with the fields a search shows, read in one query. */
export function listSearchEntries(db: Database): CvSearchEntry[] {
  return all(db, SQL).map((r) => ({
    id: String(r.id),
    fileName: String(r.file_name),
    filePath: String(r.file_path),
    projectName: str(r.project_name),
    name: str(r.name) || undefined,
    email: str(r.email) || undefined,
    title: str(r.title) || undefined,
    company: str(r.company) || undefined,
    skills: skillList(r.skills_json),
  }));
}
