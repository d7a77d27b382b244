import type { QueueApp } from '../../core/app/queueApp';
import type { ReviewSource, ReviewState } from './reviewHandler';

/** The parser's result as a review without corrections, for a queue that cannot store them. */
export function parsedReviews(app: QueueApp): ReviewSource {
  const get = async (id: string): Promise<ReviewState | undefined> => {
    const cv = await app.get(id);
    const parsed = cv?.status === 'completed' ? await app.parsed(id) : undefined;
    return cv && parsed ? { cv, original: parsed, effective: parsed, corrections: [] } : undefined;
  };
  const unsupported = (): never => {
    throw new Error('This queue cannot store corrections.');
  };
  return { get, correct: async () => unsupported(), discardCorrections: get, setReviewed: async () => unsupported() };
}
