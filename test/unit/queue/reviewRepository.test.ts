import assert from 'node:assert/strict';
import type { FieldCorrection } from '../../../src/core/review/corrections';
import { describeEachBackend, useQueueStorage } from '../helpers/queueBackends';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';

const at = '2026-11-29T02:00:00.000Z';
const fix = (path: string, value: unknown, by = 'ada'): FieldCorrection => ({ path, value, by, at });

describeEachBackend('ReviewRepository', (backend) => {
  const q = useQueueStorage(backend);

  it('keeps corrections beside the parser result: lists, searches and the parsed CV show them, the original stays', async () => {
    const cv = await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    assert.ok(await q.storage.reviews.addCorrections(cv.id, [fix('/contact/name', 'Jane Doe'), fix('/contact/email', 'jane@corrected.example'), fix('/work_history/0/title', 'Staff Engineer'), fix('/skills', ['Go', 'Rust'])]));
    await q.reopen();
    const stored = await q.storage.reviews.getReview(cv.id);
    assert.deepEqual(stored?.original, janeDoe(), 'the parser result is untouched');
    assert.deepEqual(stored?.corrections.map((c) => [c.path, c.by, c.at]), [['/contact/name', 'ada', at], ['/contact/email', 'ada', at], ['/work_history/0/title', 'ada', at], ['/skills', 'ada', at]]);
    const record = await q.cvs.getCV(cv.id);
    assert.deepEqual([record?.candidateName, record?.candidateEmail, record?.currentTitle, record?.currentCompany, record?.corrected], ['Jane Doe', 'jane@corrected.example', 'Staff Engineer', 'Acme GmbH', true]);
    const [entry] = await q.cvs.searchEntries();
    assert.deepEqual([entry.name, entry.email, entry.title, entry.skills], ['Jane Doe', 'jane@corrected.example', 'Staff Engineer', ['Go', 'Rust']]);
    const parsed = await q.cvs.getParsedCV(cv.id);
    assert.equal(parsed?.contact.email, 'jane@corrected.example');
    assert.equal(parsed?.work_history[0].title, 'Staff Engineer');
    assert.equal(parsed?.contact.phone, janeDoe().contact.phone, 'fields nobody corrected stay');
  });

  it('keeps only the latest correction of a field, and a correction of a whole entry replaces those inside it', async () => {
    const cv = await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    await q.storage.reviews.addCorrections(cv.id, [fix('/contact/email', 'a@example.com'), fix('/work_history/1/title', 'Engineer')]);
    await q.storage.reviews.addCorrections(cv.id, [fix('/contact/email', 'b@example.com', 'grace'), fix('/work_history/1', { title: 'Intern', company: 'Globex' }, 'grace')]);
    const stored = await q.storage.reviews.getReview(cv.id);
    assert.deepEqual(stored?.corrections.map((c) => [c.path, c.value, c.by]), [
      ['/contact/email', 'b@example.com', 'grace'],
      ['/work_history/1', { title: 'Intern', company: 'Globex' }, 'grace'],
    ]);
    assert.deepEqual((await q.cvs.getParsedCV(cv.id))?.work_history[1], { title: 'Intern', company: 'Globex' });
  });

  it('discards corrections: the CV is again what the parser read', async () => {
    const cv = await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    await q.storage.reviews.addCorrections(cv.id, [fix('/contact/name', 'Someone Else')]);
    assert.ok(await q.storage.reviews.discardCorrections(cv.id));
    assert.equal(await q.storage.reviews.discardCorrections(cv.id), false, 'nothing left to discard');
    const record = await q.cvs.getCV(cv.id);
    assert.equal(record?.candidateName, 'Jane Q. Doe');
    assert.equal(record?.corrected, false);
    assert.deepEqual(await q.cvs.getParsedCV(cv.id), janeDoe());
    assert.equal((await q.cvs.searchEntries())[0].name, 'Jane Q. Doe');
  });

  it('marks a CV reviewed and not reviewed, with who and when', async () => {
    const cv = await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    assert.ok(await q.storage.reviews.setReviewed(cv.id, { by: 'ada', at }));
    await q.reopen();
    assert.deepEqual((await q.storage.reviews.getReview(cv.id))?.reviewed, { by: 'ada', at });
    const record = await q.cvs.getCV(cv.id);
    assert.deepEqual([record?.reviewedBy, record?.reviewedAt], ['ada', at]);
    assert.ok(await q.storage.reviews.setReviewed(cv.id));
    assert.equal((await q.storage.reviews.getReview(cv.id))?.reviewed, undefined);
    assert.equal((await q.cvs.getCV(cv.id))?.reviewedBy, undefined);
    assert.equal(await q.storage.reviews.setReviewed('missing', { by: 'ada', at }), false);
  });

  it('refuses corrections of a CV that is not completed, and has no review of it', async () => {
    const queued = await q.cvs.insertQueuedCV({ filePath: '/cvs/q.pdf', fileName: 'q.pdf' });
    assert.equal(await q.storage.reviews.addCorrections(queued.id, [fix('/contact/name', 'X')]), false);
    assert.equal(await q.storage.reviews.getReview(queued.id), undefined);
    assert.equal(await q.cvs.getParsedCV(queued.id), undefined);
  });

  it('processing a CV again keeps its corrections and applies them to the new result', async () => {
    const cv = await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    await q.storage.reviews.addCorrections(cv.id, [fix('/contact/email', 'jane@corrected.example'), fix('/work_history/1/title', 'Engineer II')]);
    await q.storage.reviews.setReviewed(cv.id, { by: 'ada', at });
    await q.cvs.updateCVStatus(cv.id, 'queued');
    const claim = await q.claims.claimNext();
    if (claim?.cv.id !== cv.id) throw new Error('the CV was not claimed again');
    // The new result has one job only: the correction of the second waits for a result that has it.
    const again = janeDoe({ summary: 'Read again.', work_history: [{ title: 'Principal Engineer', company: 'Initech' }] });
    assert.ok(await q.claims.complete(cv.id, claim.token, again));
    const stored = await q.storage.reviews.getReview(cv.id);
    assert.deepEqual(stored?.original, again);
    assert.equal(stored?.corrections.length, 2, 'both corrections are kept');
    assert.deepEqual(stored?.reviewed, { by: 'ada', at });
    const parsed = await q.cvs.getParsedCV(cv.id);
    assert.equal(parsed?.summary, 'Read again.');
    assert.equal(parsed?.contact.email, 'jane@corrected.example');
    assert.deepEqual(parsed?.work_history, [{ title: 'Principal Engineer', company: 'Initech' }]);
    const record = await q.cvs.getCV(cv.id);
    assert.deepEqual([record?.candidateEmail, record?.currentTitle, record?.currentCompany], ['jane@corrected.example', 'Principal Engineer', 'Initech']);
    // Stored directly (completeCVProcessing) the same holds.
    assert.ok(await q.cvs.completeCVProcessing(cv.id, janeDoe({ contact: { name: 'J. Doe', email: 'old@example.com' } })));
    assert.deepEqual([(await q.cvs.getCV(cv.id))?.candidateName, (await q.cvs.searchEntries())[0].email], ['J. Doe', 'jane@corrected.example']);
    assert.equal((await q.cvs.getParsedCV(cv.id))?.work_history[1].title, 'Engineer II');
  });
});
