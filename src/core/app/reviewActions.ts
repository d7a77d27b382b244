import type { CvRecord } from '../queue/cvRecord';
import type { ParsedCV } from '../parsedCv';
import { type FieldChange, type FieldCorrection, applyChange, applyCorrections, checkChange } from '../review/corrections';
import type { AppContext } from './appContext';

export type { FieldCorrection } from '../review/corrections';

export interface CvReview {
  /** The queue row. */
  cv: CvRecord;
  /** What the parser produced (never changed by corrections). */
  original: ParsedCV;
  /** The original with corrections applied: what exports, Find CV and status use. */
  effective: ParsedCV;
  corrections: FieldCorrection[];
  reviewed?: { by: string; at: string };
}

/**
 * What a person does to a parsed CV: correct its fields, discard the corrections, mark it
 * reviewed. Each change is announced as a change of that CV ('corrected' or 'reviewed').
 */
export class ReviewActions {
  constructor(private readonly ctx: AppContext) {}

  /** The CV with its original and corrected result; undefined unless it is completed. */
  async get(id: string): Promise<CvReview | undefined> {
    const storage = await this.ctx.storage();
    const [cv, stored] = await Promise.all([storage.cvs.getCV(id), storage.reviews.getReview(id)]);
    if (!cv || !stored) return undefined;
    const effective = applyCorrections(stored.original, stored.corrections).cv;
    return { cv, original: stored.original, effective, corrections: stored.corrections, reviewed: stored.reviewed };
  }

  /**
   * Stores corrections of a completed CV's fields (JSON pointers into ParsedCV; null removes a
   * field or an entry). Every change is checked first: one that the CV's shape does not allow
   * throws a CorrectionError and nothing is stored.
   */
  async correct(id: string, changes: readonly FieldChange[], by: string): Promise<CvReview> {
    const current = await this.get(id);
    if (!current) throw new Error('Only a processed CV can be corrected.');
    const at = new Date().toISOString();
    const checked = changes.map(checkChange);
    // Applied in order to the corrected CV, as they will be: an entry that is not there is refused now.
    const trial = structuredClone(current.effective);
    for (const change of checked) applyChange(trial, change);
    const added = checked.map((c) => ({ ...c, by, at }));
    if (!(await (await this.ctx.storage()).reviews.addCorrections(id, added))) throw new Error('The CV is no longer processed; it cannot be corrected now.');
    this.ctx.logger.info(`Corrected ${changes.length === 1 ? 'a field' : `${changes.length} fields`} of CV ${id}`);
    return this.announced(id);
  }

  /** Drops the CV's corrections: it is again what the parser read. */
  async discardCorrections(id: string): Promise<CvReview | undefined> {
    const discarded = await (await this.ctx.storage()).reviews.discardCorrections(id);
    if (discarded) this.ctx.logger.info(`Discarded the corrections of CV ${id}`);
    return discarded ? this.announced(id) : this.get(id);
  }

  async setReviewed(id: string, reviewed: boolean, by: string): Promise<void> {
    const storage = await this.ctx.storage();
    const cv = await storage.cvs.getCV(id);
    if (!cv) throw new Error(`No CV with id ${id}.`);
    if (reviewed && cv.status !== 'completed') throw new Error('Only a processed CV can be marked reviewed.');
    await storage.reviews.setReviewed(id, reviewed ? { by, at: new Date().toISOString() } : undefined);
    this.announce(cv, 'reviewed');
  }

  /** The CV after its corrections changed, announced. */
  private async announced(id: string): Promise<CvReview> {
    const review = await this.get(id);
    if (!review) throw new Error('The CV is no longer processed.');
    this.announce(review.cv, 'corrected');
    return review;
  }

  private announce(cv: CvRecord, kind: 'corrected' | 'reviewed'): void {
    this.ctx.events.cvChanged({ id: cv.id, status: cv.status, fileName: cv.fileName, kind });
  }
}
