import { plural } from '../core/plural';

/** "Remove 12 completed CVs of Backend Berlin?": what a bulk action will do, and to how many. */
export function bulkQuestion(verb: string, count: number, status: string, projectName?: string): string {
  return `${verb} ${plural(count, `${status} CV`)}${projectName ? ` of ${projectName}` : ''}?`;
}

/** "No completed CVs in Backend Berlin." */
export function nothingToDo(status: string, projectName?: string): string {
  return `No ${status} CVs${projectName ? ` in ${projectName}` : ''}.`;
}
