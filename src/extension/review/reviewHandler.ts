import type { CvReview, ReviewActions } from '../../core/app/reviewActions';
import { renderCvMarkdown } from '../views/renderCv';
import type { HostMessage, ReviewData, WebviewMessage } from './protocol';
import { unsureFields } from './unsureFields';

/** The part of the application's review API the panel uses (QueueApp's `reviews`). */
export type ReviewSource = Pick<ReviewActions, 'get' | 'correct' | 'discardCorrections' | 'setReviewed'>;

/** What answering one message asks of the panel: a message back, a text for the clipboard. */
export interface HandlerResult {
  post?: HostMessage;
  clipboard?: string;
}

export function reviewData(r: CvReview): ReviewData {
  return {
    id: r.cv.id, fileName: r.cv.fileName, effective: r.effective,
    corrected: [...new Set(r.corrections.map((c) => c.path))],
    unsure: unsureFields(r.original), reviewed: r.reviewed,
  };
}

/** Answers the webview's messages for one CV through the review API; knows nothing of vscode. */
export class ReviewMessageHandler {
  constructor(private readonly reviews: ReviewSource, private readonly user: () => string) {}

  async handle(id: string, msg: WebviewMessage): Promise<HandlerResult> {
    switch (msg.type) {
      case 'ready':
        return this.load(id, 'load');
      case 'edit': {
        if (!msg.changes.length) return this.load(id, 'saved');
        const review = await this.reviews.correct(id, msg.changes, this.user());
        return { post: { type: 'saved', review: reviewData(review) } };
      }
      case 'discard':
        await this.reviews.discardCorrections(id);
        return this.load(id, 'saved');
      case 'markReviewed':
        await this.reviews.setReviewed(id, msg.reviewed ?? true, this.user());
        return this.load(id, 'saved');
      case 'copyMarkdown': {
        const r = await this.require(id);
        return { clipboard: renderCvMarkdown(r.cv, r.effective), post: { type: 'copied', what: 'markdown' } };
      }
      case 'copyJson': {
        const r = await this.require(id);
        return { clipboard: JSON.stringify(r.effective, null, 2), post: { type: 'copied', what: 'json' } };
      }
      case 'shown':
      case 'highlighted':
      case 'pagesDrawn':
        return {};
    }
  }

  private async load(id: string, type: 'load' | 'saved'): Promise<HandlerResult> {
    return { post: { type, review: reviewData(await this.require(id)) } };
  }

  private async require(id: string): Promise<CvReview> {
    const r = await this.reviews.get(id);
    if (!r) throw new Error('This CV has no result to review (it was removed or is being processed again).');
    return r;
  }
}
