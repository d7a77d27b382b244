import assert from 'node:assert/strict';
import path from 'node:path';
import { QueueApp } from '../../../../src/core/app/queueApp';
import { readSettings } from '../../../../src/core/app/settings';
import { silentLogger } from '../../../../src/core/logger';
import { openQueueStorage } from '../../../../src/core/queue/openQueueStorage';
import { CorrectionError } from '../../../../src/core/review/cvShape';
import { type HostMessage, isWebviewMessage, type ReviewData } from '../../../../src/extension/review/protocol';
import { ReviewMessageHandler } from '../../../../src/extension/review/reviewHandler';
import { unsureFields } from '../../../../src/extension/review/unsureFields';
import { janeDoe, storeParsed } from '../../helpers/sampleCvs';
import { useTmpDir } from '../../helpers/tmp';

function review(post: HostMessage | undefined, type: 'load' | 'saved'): ReviewData {
  assert.equal(post?.type, type);
  return (post as { review: ReviewData }).review;
}

describe('the review panel’s message handler, on a real queue file', () => {
  let app: QueueApp | undefined;
  const tmp = useTmpDir(async () => {
    await app?.close();
    app = undefined;
  });
  const dbFile = (): string => path.join(tmp(), 'samsara.db');

  function openApp(): QueueApp {
    const settings = readSettings();
    return (app = new QueueApp({ openStorage: () => openQueueStorage(dbFile()), logger: silentLogger, settings: () => settings, processOnOpen: false }));
  }

  async function withJane(): Promise<{ handler: ReviewMessageHandler; id: string }> {
    const storage = await openQueueStorage(dbFile());
    const id = (await storeParsed(storage.cvs, 'jane.pdf', janeDoe())).id;
    await storage.close();
    const a = openApp();
    await a.open();
    return { handler: new ReviewMessageHandler(a.reviews, () => 'ada'), id };
  }

  it('answers ready with the parsed fields, and saves edits that a reopened queue still has', async () => {
    const { handler, id } = await withJane();
    const loaded = review((await handler.handle(id, { type: 'ready' })).post, 'load');
    assert.equal(loaded.effective.contact.email, 'jane.doe@example.com');
    assert.deepEqual(loaded.corrected, []);
    const saved = review((await handler.handle(id, { type: 'edit', changes: [
      { path: '/contact/email', value: 'jane@corrected.example' },
      { path: '/work_history/1/title', value: 'Backend Engineer' },
    ] })).post, 'saved');
    assert.equal(saved.effective.contact.email, 'jane@corrected.example');
    assert.equal(saved.effective.work_history[1].title, 'Backend Engineer');
    assert.deepEqual(saved.corrected.sort(), ['/contact/email', '/work_history/1/title']);

    await app?.close();
    const again = openApp();
    await again.open();
    const reopened = review((await new ReviewMessageHandler(again.reviews, () => 'ada').handle(id, { type: 'ready' })).post, 'load');
    assert.equal(reopened.effective.contact.email, 'jane@corrected.example');
    assert.equal((await again.reviews.get(id))?.original.contact.email, 'jane.doe@example.com', 'the parser’s result is kept');
    assert.equal((await again.reviews.get(id))?.corrections[0].by, 'ada');
  });

  it('refuses an edit the CV’s shape does not allow, storing nothing', async () => {
    const { handler, id } = await withJane();
    await assert.rejects(handler.handle(id, { type: 'edit', changes: [{ path: '/contact/email', value: 'ok@example.org' }, { path: '/work_history/9/title', value: 'x' }] }), CorrectionError);
    assert.deepEqual(review((await handler.handle(id, { type: 'ready' })).post, 'load').corrected, []);
  });

  it('copies the corrected CV as JSON and Markdown', async () => {
    const { handler, id } = await withJane();
    await handler.handle(id, { type: 'edit', changes: [{ path: '/contact/name', value: 'Jane Doe-Smith' }] });
    const json = await handler.handle(id, { type: 'copyJson' });
    assert.equal(JSON.parse(json.clipboard ?? '{}').contact.name, 'Jane Doe-Smith');
    assert.deepEqual(json.post, { type: 'copied', what: 'json' });
    const md = await handler.handle(id, { type: 'copyMarkdown' });
    assert.ok(md.clipboard?.startsWith('# Jane Doe-Smith\n'), md.clipboard?.slice(0, 40));
  });

  it('marks the CV reviewed by the user, and discards corrections back to the parser’s result', async () => {
    const { handler, id } = await withJane();
    await handler.handle(id, { type: 'edit', changes: [{ path: '/contact/email', value: 'x@example.org' }] });
    const marked = review((await handler.handle(id, { type: 'markReviewed' })).post, 'saved');
    assert.equal(marked.reviewed?.by, 'ada');
    const unmarked = review((await handler.handle(id, { type: 'markReviewed', reviewed: false })).post, 'saved');
    assert.equal(unmarked.reviewed, undefined);
    const discarded = review((await handler.handle(id, { type: 'discard' })).post, 'saved');
    assert.equal(discarded.effective.contact.email, 'jane.doe@example.com');
    assert.deepEqual(discarded.corrected, []);
  });

  it('fails clearly for a CV that has no result', async () => {
    const { handler } = await withJane();
    await assert.rejects(handler.handle('no-such-id', { type: 'ready' }), /no result to review/);
  });
});

describe('the review protocol and the fields marked unsure', () => {
  it('lets only well-formed webview messages through', () => {
    assert.ok(isWebviewMessage({ type: 'edit', changes: [{ path: '/contact/email', value: 'a@b.c' }] }));
    assert.ok(isWebviewMessage({ type: 'ready' }));
    for (const bad of [null, 'ready', { type: 'eval' }, { type: 'edit' }, { type: 'edit', changes: [{ path: 'contact/email' }] }, { type: 'edit', changes: [null] }]) {
      assert.ok(!isWebviewMessage(bad), JSON.stringify(bad));
    }
  });

  it('marks the name when none was found, undated jobs, and the main fields of an unsure result', () => {
    const cv = janeDoe({ warnings: ['no name found'], parse_confidence: 0.9 });
    assert.deepEqual(unsureFields(cv), ['/contact/name']);
    const undated = janeDoe({ warnings: ['1 work entry has no dates that could be read'], parse_confidence: 0.9 });
    undated.work_history[1] = { title: 'Intern' };
    assert.deepEqual(unsureFields(undated), ['/work_history/1/start_date', '/work_history/1/end_date']);
    const low = unsureFields(janeDoe({ warnings: [], parse_confidence: 0.3 }));
    assert.ok(low.includes('/contact/email') && low.includes('/work_history/1/company') && low.includes('/education/0/institution'));
    assert.deepEqual(unsureFields(janeDoe({ warnings: [], parse_confidence: 0.95 })), []);
  });
});
