import type { CvRepository } from '../core/queue/repository';
import { UsageError } from './context';

/** Turns full ids or unique prefixes (as `status` prints them) into CV ids. */
export function resolveIds(cvs: CvRepository, args: readonly string[]): string[] {
  if (args.length === 0) throw new UsageError('Name at least one CV id (see "samsara status").');
  return args.map((arg) => {
    const matches = cvs.idsByPrefix(arg);
    if (matches.length === 0) throw new Error(`No CV with id ${arg}.`);
    if (matches.length > 1) throw new Error(`${arg} matches more than one CV; give more of the id.`);
    return matches[0];
  });
}
