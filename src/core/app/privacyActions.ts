import fs from 'node:fs';
import { plural } from '../plural';
import type { CvSearchEntry, CvStatus } from '../queue/cvRecord';
import type { AppContext } from './appContext';

/** Whom to erase: by e-mail address, or by name (ignoring case and accents). */
export type CandidateQuery = { email: string } | { name: string };

/** One CV of the candidate, as listed before asking; names are shown to the user, never logged. */
export type CandidateCv = Pick<CvSearchEntry, 'id' | 'fileName' | 'filePath' | 'projectName' | 'name' | 'email'>;

export interface EraseResult {
  erased: number;
  /** Source files deleted (only when asked for). */
  filesDeleted: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PURGED_STATUSES: readonly CvStatus[] = ['completed', 'failed'];

/** Folds case, accents and spacing, so "José  Núñez" finds "jose nunez". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What data-protection law asks of a store of CVs: erase one person on request, and keep
 * finished CVs no longer than needed. Audit lines carry counts, never the person's data.
 */
export class PrivacyActions {
  constructor(private readonly ctx: AppContext) {}

  /** Every CV of the person, across all projects (only parsed CVs carry a name or e-mail). */
  async findCandidate(query: CandidateQuery): Promise<CandidateCv[]> {
    const matches = matcher(query);
    if (!matches) return [];
    const storage = await this.ctx.storage();
    const entries = await storage.cvs.searchEntries();
    // A corrected CV lists its corrected name and e-mail; the person may ask by what the CV said.
    const corrected = new Set((await storage.cvs.listByStatus('completed')).filter((c) => c.corrected).map((c) => c.id));
    const found: CvSearchEntry[] = [];
    for (const e of entries) {
      if (matches(e)) found.push(e);
      else if (corrected.has(e.id)) {
        const original = (await storage.reviews.getReview(e.id))?.original.contact;
        if (original && matches({ name: original.name, email: original.email })) found.push(e);
      }
    }
    return found.map(({ id, fileName, filePath, projectName, name, email }) => ({ id, fileName, filePath, projectName, name, email }));
  }

  /** Deletes the CVs and their results; their source files only with `deleteFiles`. */
  async erase(cvs: readonly CandidateCv[], options: { deleteFiles?: boolean } = {}): Promise<EraseResult> {
    const erased = await this.removeRows(cvs.map((c) => c.id));
    let filesDeleted = 0;
    if (options.deleteFiles) {
      for (const cv of cvs) {
        try {
          await fs.promises.rm(cv.filePath);
          filesDeleted++;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.ctx.logger.warn(`Could not delete a source file: ${(err as Error).message}`);
        }
      }
    }
    this.ctx.logger.info(`Erased ${plural(erased, 'CV')} on request${options.deleteFiles ? `, with ${plural(filesDeleted, 'source file')}` : ''}`);
    return { erased, filesDeleted };
  }

  /** Erases completed and failed CVs last changed more than `days` days before `now`. */
  async purgeOlderThan(days: number, now: Date = new Date()): Promise<number> {
    if (!(days > 0)) return 0;
    const cutoff = now.getTime() - days * DAY_MS;
    const storage = await this.ctx.storage();
    const ids: string[] = [];
    for (const status of PURGED_STATUSES) {
      for (const cv of await storage.cvs.listByStatus(status)) if (Date.parse(cv.updatedAt) < cutoff) ids.push(cv.id);
    }
    const n = ids.length ? await this.removeRows(ids) : 0;
    this.ctx.logger.info(`Retention: erased ${plural(n, 'CV')} finished more than ${plural(days, 'day')} ago`);
    return n;
  }

  private async removeRows(ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const worker = this.ctx.worker();
    for (const id of ids) if (worker?.isProcessing(id)) await worker.cancel(id);
    const n = await (await this.ctx.storage()).cvs.remove(ids);
    worker?.notify();
    this.ctx.events.manyChanged('removed');
    return n;
  }
}

/** A test of a CV's parsed name or e-mail; undefined for an empty query (it must never match everyone). */
function matcher(query: CandidateQuery): ((e: { name?: string; email?: string }) => boolean) | undefined {
  if ('email' in query) {
    const wanted = query.email.trim().toLowerCase();
    return wanted ? (e) => e.email?.trim().toLowerCase() === wanted : undefined;
  }
  const wanted = foldName(query.name);
  return wanted ? (e) => e.name !== undefined && foldName(e.name) === wanted : undefined;
}
