import path from 'node:path';
import type { CvSearchEntry } from '../core/queue/cvRecord';

/** A row of "Find CV…", free of vscode so it can be checked on its own. */
export interface FindCvRow {
  id: string;
  label: string;
  description: string;
  detail: string;
}

/**
 * Name as the label (the file's name when the parser found none), e-mail and current job as the
 * description, file and skills as the detail: the quick pick matches on all three.
 */
export function findCvRow(e: CvSearchEntry): FindCvRow {
  const job = [e.title, e.company].filter(Boolean).join(' at ');
  const label = e.name ?? path.basename(e.fileName, path.extname(e.fileName));
  const file = e.projectName ? `${e.fileName} · ${e.projectName}` : e.fileName;
  return {
    id: e.id,
    label,
    description: [e.email, job].filter(Boolean).join(' · '),
    detail: e.skills.length ? `${file} · ${e.skills.join(', ')}` : file,
  };
}
