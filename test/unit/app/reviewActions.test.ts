import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { JsonExportEntry } from '../../../src/core/export/json';
import { QueueApp } from '../../../src/core/app/queueApp';
import type { CvChange } from '../../../src/core/app/queueEvents';
import { readSettings } from '../../../src/core/app/settings';
import { silentLogger } from '../../../src/core/logger';
import { openQueueStorage } from '../../../src/core/queue/openQueueStorage';
import { CorrectionError } from '../../../src/core/review/cvShape';
import { describeEachBackend, useQueueLocation } from '../helpers/queueBackends';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { distFile } from '../helpers/tmp';

describeEachBackend('ReviewActions (app.reviews)', (backend) => {
  let app: QueueApp | undefined;
  // Registered first, so the app is closed (and saved) before the queue's folder goes.
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  const queue = useQueueLocation(backend);

  /** An app over a queue holding Jane Doe's parsed CV (and a queued one); returns her id. */
  async function withJane(): Promise<{ a: QueueApp; id: string; queuedId: string; seen: CvChange[] }> {
    const storage = await openQueueStorage(queue.location());
    const id = (await storeParsed(storage.cvs, 'jane.pdf', janeDoe())).id;
    const queuedId = (await storage.cvs.insertQueuedCV({ filePath: '/cvs/later.pdf', fileName: 'later.pdf' })).id;
    await storage.close();
    const settings = readSettings();
    const a = (app = new QueueApp({
      openStorage: () => openQueueStorage(queue.location()), logger: silentLogger, settings: () => settings,
      threadScript: distFile('parseThread.js'), processOnOpen: false,
    }));
    await a.open();
    const seen: CvChange[] = [];
    a.events.onDidChangeCv((c) => seen.push(c));
    return { a, id, queuedId, seen };
  }

  it('corrects fields: the effective CV carries them, the original stays, who and when are kept', async () => {
    const { a, id, seen } = await withJane();
    const review = await a.reviews.correct(id, [{ path: '/contact/email', value: 'jane@new.example' }, { path: '/work_history/0/title', value: ' Staff Engineer ' }], 'ada');
    assert.equal(review.effective.contact.email, 'jane@new.example');
    assert.equal(review.effective.work_history[0].title, 'Staff Engineer', 'text is trimmed');
    assert.deepEqual(review.original, janeDoe());
    assert.deepEqual(review.corrections.map((c) => [c.path, c.by]), [['/contact/email', 'ada'], ['/work_history/0/title', 'ada']]);
    assert.ok(!Number.isNaN(Date.parse(review.corrections[0].at)));
    assert.equal(review.cv.candidateEmail, 'jane@new.example');
    assert.deepEqual(seen.map((c) => [c.id, c.kind]), [[id, 'corrected']]);
    assert.deepEqual(await a.reviews.get(id), review);
    assert.equal((await a.search())[0].email, 'jane@new.example');
  });

  it('removes a field with null and adds an entry at the end of a list', async () => {
    const { a, id } = await withJane();
    const review = await a.reviews.correct(id, [
      { path: '/contact/phone', value: null },
      { path: '/certifications/2', value: { name: 'CKAD', issuer: 'CNCF' } },
      { path: '/languages/1', value: null },
    ], 'ada');
    assert.equal('phone' in review.effective.contact, false);
    assert.deepEqual(review.effective.certifications.map((c) => c.name), ['CKA', 'AWS SAA', 'CKAD']);
    assert.deepEqual(review.effective.languages, [{ language: 'German', proficiency: 'Native' }]);
  });

  it('refuses what the shape of a parsed CV does not allow, storing nothing', async () => {
    const { a, id, seen } = await withJane();
    const refused: [string, unknown, RegExp][] = [
      ['/contact/nickname', 'JJ', /not a field that can be corrected: \/contact has name, email/],
      ['/work/0/title', 'X', /not a field that can be corrected: a CV has contact, summary, work_history/],
      ['/raw_text', 'x', /not a field that can be corrected/],
      ['/parse_confidence', 1, /not a field that can be corrected/],
      ['contact/email', 'x', /starts with "\/"/],
      ['/work_history/first/title', 'x', /not a position/],
      ['/contact/email', 42, /takes text, not a number/],
      ['/skills', 'Go', /takes a list/],
      ['/work_history/0/current', 'yes', /takes true or false/],
      ['/certifications/0/name', null, /cannot be removed/],
      ['/languages/0', { proficiency: 'C2' }, /needs language/],
      ['/work_history/5/title', 'x', /no entry 5/],
      ['', 'x', /starts with "\/"/],
    ];
    for (const [p, value, message] of refused) {
      await assert.rejects(a.reviews.correct(id, [{ path: '/summary', value: 'kept?' }, { path: p, value }], 'ada'), (err: unknown) => err instanceof CorrectionError && message.test(err.message), p);
    }
    assert.deepEqual((await a.reviews.get(id))?.corrections, [], 'a batch with one bad change stores none of it');
    assert.deepEqual(seen, []);
  });

  it('discards corrections and marks reviewed, announcing each', async () => {
    const { a, id, queuedId, seen } = await withJane();
    await a.reviews.correct(id, [{ path: '/contact/name', value: 'Jane Doe' }], 'ada');
    const back = await a.reviews.discardCorrections(id);
    assert.deepEqual(back?.effective, janeDoe());
    assert.equal(back?.cv.candidateName, 'Jane Q. Doe');
    await a.reviews.setReviewed(id, true, 'grace');
    const reviewed = await a.reviews.get(id);
    assert.equal(reviewed?.reviewed?.by, 'grace');
    assert.equal(reviewed?.cv.reviewedBy, 'grace');
    await a.reviews.setReviewed(id, false, 'grace');
    assert.equal((await a.reviews.get(id))?.reviewed, undefined);
    assert.deepEqual(seen.map((c) => c.kind), ['corrected', 'corrected', 'reviewed', 'reviewed']);
    assert.equal(await a.reviews.get(queuedId), undefined, 'a queued CV has no review');
    await assert.rejects(a.reviews.correct(queuedId, [{ path: '/contact/name', value: 'X' }], 'ada'), /Only a processed CV/);
    await assert.rejects(a.reviews.setReviewed(queuedId, true, 'ada'), /Only a processed CV/);
  });

  it('exports the corrected CV: JSON, JSON Resume and CSV', async () => {
    const { a, id } = await withJane();
    await a.reviews.correct(id, [{ path: '/contact/email', value: 'jane@new.example' }, { path: '/work_history/0/title', value: 'Staff Engineer' }, { path: '/skills', value: ['Go'] }], 'ada');
    const [entry] = JSON.parse((await a.export({ format: 'json' })).text ?? '') as JsonExportEntry[];
    assert.equal(entry.parsed?.contact.email, 'jane@new.example');
    assert.equal(entry.parsed?.work_history[0].title, 'Staff Engineer');
    const csv = (await a.export({ format: 'csv' })).text ?? '';
    assert.match(csv, /jane@new\.example/);
    assert.doesNotMatch(csv, /jane\.doe@example\.com|Kubernetes/);
    const out = path.join(queue.dir(), 'resumes');
    const { files } = await a.export({ format: 'jsonresume', out });
    const resume = JSON.parse(fs.readFileSync(files[0], 'utf8')) as { basics: { email: string }; work: { position: string }[]; skills: { name: string }[] };
    assert.equal(resume.basics.email, 'jane@new.example');
    assert.equal(resume.work[0].position, 'Staff Engineer');
    assert.deepEqual(resume.skills.map((s) => s.name), ['Go']);
  });

  it('processes a corrected CV again with the real parser: the new result, the corrections kept', async function () {
    this.timeout(120_000);
    const { a } = await withJane();
    const file = path.join(queue.dir(), 'ann.txt');
    fs.writeFileSync(file, 'Ann Example\nann@example.com\n\nExperience\n2020 - 2024  Data Engineer, Initech\n');
    const [added] = (await a.cvs.enqueue([file])).queued;
    await a.startProcessing();
    await a.whenDrained();
    const before = await a.reviews.get(added.id);
    assert.equal(before?.original.contact.email, 'ann@example.com');
    await a.reviews.correct(added.id, [{ path: '/contact/email', value: 'ann@corrected.example' }], 'ada');
    fs.writeFileSync(file, 'Ann Example\nann@example.com\n\nSummary\nRead a second time.\n');
    assert.equal(await a.cvs.processAgain([added.id]), 1);
    await a.whenDrained();
    const after = await a.reviews.get(added.id);
    assert.equal(after?.cv.status, 'completed');
    if (backend === 'sql.js') assert.match(after?.original.raw_text ?? '', /second time/, 'the new result is stored');
    // A team queue parses the bytes stored at enqueue: the path may name another file on the machine that parses it.
    else assert.match(after?.original.raw_text ?? '', /Data Engineer/, 'the stored content is parsed again');
    assert.equal(after?.original.contact.email, 'ann@example.com');
    assert.equal(after?.effective.contact.email, 'ann@corrected.example');
    assert.equal((await a.search()).find((e) => e.id === added.id)?.email, 'ann@corrected.example');
  });
});
