import { parseArgs } from 'node:util';
import { reviewerName } from '../../core/app/reviewer';
import type { CvReview } from '../../core/app/reviewActions';
import { printable } from '../../core/terminalText';
import { type CliContext, UsageError } from '../context';

export const reviewHelp = `Usage: samsara [--db FILE] review ID [--set PATH=VALUE]... [--discard] [--reviewed | --not-reviewed] [--by NAME] [--json]

Shows a processed CV's corrections and Reviewed mark, and changes them. A correction names a
field of the parsed CV by its JSON pointer: /contact/email, /work_history/0/title, /skills.
Exports, status and searches use the corrected CV; the parser's result is kept beside it, and
processing the CV again keeps the corrections.

Options:
  --set PATH=VALUE  correct a field; VALUE is text, or JSON when it starts with [ or { or is
                    null (removes the field), true or false. May be given several times.
  --discard         drop every correction first: the CV is again what the parser read
  --reviewed        mark the CV reviewed
  --not-reviewed    take the Reviewed mark off
  --by NAME         who makes the change (default: your user name)
  --json            print the review as JSON: {"id", "reviewed", "corrections", "effective"}`;

export async function reviewCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      set: { type: 'string', multiple: true }, discard: { type: 'boolean' }, reviewed: { type: 'boolean' },
      'not-reviewed': { type: 'boolean' }, by: { type: 'string' }, json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('review takes one CV id.');
  if (values.reviewed && values['not-reviewed']) throw new UsageError('--reviewed and --not-reviewed exclude each other.');
  const changes = (values.set ?? []).map(parseSet);
  const app = ctx.app();
  const [id] = await app.resolveIds(positionals);
  const by = reviewerName(values.by);
  if (!(await app.reviews.get(id))) throw new Error(`CV ${positionals[0]} is not processed: only a processed CV has fields to review.`);
  if (values.discard) await app.reviews.discardCorrections(id);
  if (changes.length) await app.reviews.correct(id, changes, by);
  if (values.reviewed || values['not-reviewed']) await app.reviews.setReviewed(id, values.reviewed === true, by);
  const review = await app.reviews.get(id);
  if (!review) throw new Error(`CV ${positionals[0]} is no longer processed.`);
  print(ctx, review, values.json === true);
  return 0;
}

/** "/contact/email=jane@example.com" → the path and its value. */
function parseSet(text: string): { path: string; value: unknown } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set takes PATH=VALUE, as in /contact/email=jane@example.com (got "${text}").`);
  const raw = text.slice(eq + 1);
  if (!/^\s*[[{]/.test(raw) && !['null', 'true', 'false'].includes(raw.trim())) return { path: text.slice(0, eq), value: raw };
  try {
    return { path: text.slice(0, eq), value: JSON.parse(raw) as unknown };
  } catch {
    throw new UsageError(`The value of ${text.slice(0, eq)} is not valid JSON: ${raw}`);
  }
}

function print(ctx: CliContext, review: CvReview, json: boolean): void {
  if (json) {
    ctx.io.out(JSON.stringify({ id: review.cv.id, reviewed: review.reviewed ?? null, corrections: review.corrections, effective: review.effective }));
    return;
  }
  const name = review.effective.contact.name ?? review.cv.fileName;
  ctx.io.out(`${review.cv.id.slice(0, 8)}  ${printable(name)}  ${review.reviewed ? `reviewed by ${printable(review.reviewed.by)} at ${review.reviewed.at}` : 'not reviewed'}`);
  if (!review.corrections.length) ctx.io.out('No corrections: the CV is as the parser read it.');
  for (const c of review.corrections) ctx.io.out(`  ${printable(c.path)} = ${printable(JSON.stringify(c.value))}  (${printable(c.by)}, ${c.at})`);
}
