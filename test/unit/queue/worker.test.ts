import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { ClaimRepository } from '../../../src/core/queue/claims';
import { ParsePool } from '../../../src/core/queue/parsePool';
import { CvRepository } from '../../../src/core/queue/repository';
import { QueueWorker, type WorkerSettings } from '../../../src/core/queue/worker';
import { repoRoot, useTmpDir } from '../helpers/tmp';

const THREAD = () => path.join(repoRoot(), 'out/test/unit/helpers/threads/scriptedThread.js');

describe('QueueWorker', function () {
  this.timeout(30_000);
  let store: Store;
  let cvs: CvRepository;
  let pool: ParsePool;
  let worker: QueueWorker | undefined;
  const tmp = useTmpDir(async () => {
    await worker?.stop(0);
    worker = undefined;
    await store.close();
  });

  beforeEach(async () => {
    store = await Store.open(path.join(tmp(), 'samsara.db'));
    cvs = new CvRepository(store);
  });

  function createWorker(settings: Partial<WorkerSettings> = {}): QueueWorker {
    pool = new ParsePool({ threadScript: THREAD(), size: settings.concurrency ?? 2 });
    worker = new QueueWorker({ store, cvs, runner: pool }, { backoffBaseMs: 20, ...settings });
    return worker;
  }

  function startWorker(settings: Partial<WorkerSettings> = {}, paused = false): QueueWorker {
    const w = createWorker(settings);
    w.start({ paused });
    return w;
  }

  /** Polls until `predicate` holds (the machine may be slow: no fixed sleeps). */
  async function waitFor(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  function enqueue(...contents: string[]) {
    return cvs.insertQueuedCVs(contents.map((text, i) => {
      const file = path.join(tmp(), `cv-${i}-${Math.random().toString(36).slice(2)}.txt`);
      fs.writeFileSync(file, text);
      return { filePath: file, fileName: path.basename(file) };
    }));
  }

  it('processes queued CVs in order on worker threads and stores the results', async () => {
    const added = enqueue('Ada', 'Bob', 'Cyd', 'Dee', 'Eve');
    const order: string[] = [];
    const w = createWorker({ concurrency: 1 });
    w.onDidChange((c) => c.status === 'processing' && order.push(c.id));
    w.start();
    await w.whenDrained();
    assert.deepEqual(order, added.map((a) => a.id));
    assert.deepEqual(cvs.countByStatus(), { queued: 0, processing: 0, completed: 5, failed: 0 });
    assert.equal(cvs.getParsedCV(added[2].id)?.contact.name, 'Cyd');
  });

  it('times out a hanging CV, replaces its thread and goes on with the next', async () => {
    const [hang, ok] = enqueue('HANG', 'fine');
    // Long enough for a thread to start on a busy machine, short enough for a test.
    const w = startWorker({ concurrency: 1, timeoutMs: 2_500, maxAttempts: 1 });
    await w.whenDrained();
    const failed = cvs.getCV(hang.id);
    assert.equal(failed?.status, 'failed');
    assert.match(failed?.errorMessage ?? '', /timed out after 2\.5 s/);
    assert.equal(cvs.getCV(ok.id)?.status, 'completed');
  });

  it('retries a transient error with growing backoff, then fails after maxAttempts', async () => {
    const [busy] = enqueue('TRANSIENT');
    const starts: number[] = [];
    const w = createWorker({ maxAttempts: 3, backoffBaseMs: 100 });
    w.onDidChange((c) => c.status === 'processing' && starts.push(Date.now()));
    w.start();
    await w.whenDrained();
    const cv = cvs.getCV(busy.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.attempts, 3);
    assert.match(cv?.errorMessage ?? '', /EBUSY.*gave up after 3 attempts/);
    assert.equal(starts.length, 3);
    assert.ok(starts[1] - starts[0] >= 100, `first backoff ${starts[1] - starts[0]} ms`);
    assert.ok(starts[2] - starts[1] >= 200, `second backoff ${starts[2] - starts[1]} ms`);
  });

  it('fails a permanent error at once with its reason', async () => {
    const [bad] = enqueue('PERMANENT');
    await startWorker({ maxAttempts: 3 }).whenDrained();
    const cv = cvs.getCV(bad.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.attempts, 1);
    assert.equal(cv?.errorMessage, 'encrypted PDF (password protected)');
  });

  it('treats a thread that dies as transient and retries on a new thread', async () => {
    const [dies] = enqueue('EXIT');
    await startWorker({ maxAttempts: 2 }).whenDrained();
    const cv = cvs.getCV(dies.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.attempts, 2);
    assert.match(cv?.errorMessage ?? '', /stopped unexpectedly.*gave up after 2 attempts/);
  });

  it('fails a file that exhausts its thread\'s memory, and the process lives on', async () => {
    const [hog, fine] = enqueue('HOG', 'fine');
    pool = new ParsePool({ threadScript: THREAD(), size: 1, maxHeapMb: 64 });
    worker = new QueueWorker({ store, cvs, runner: pool }, { concurrency: 1, maxAttempts: 3 });
    worker.start();
    await worker.whenDrained();
    const cv = cvs.getCV(hog.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.errorMessage, 'the parser ran out of memory on this file');
    assert.equal(cv?.attempts, 1);
    assert.equal(cvs.getCV(fine.id)?.status, 'completed');
  });

  it('ignores a stale completion after the claim was taken back', () => {
    const [cv] = enqueue('x');
    const claims = new ClaimRepository(store, cvs);
    const claim = claims.claimNext();
    assert.equal(claim?.cv.id, cv.id);
    assert.equal(cvs.resetProcessingCVs(), 1);
    const second = claims.claimNext();
    assert.ok(second && second.token !== claim?.token);
    assert.equal(claims.complete(cv.id, claim?.token ?? '', { ...emptyParsedCV(), raw_text: 'stale' }), false);
    assert.equal(claims.fail(cv.id, claim?.token ?? '', 'stale'), false);
    assert.equal(cvs.getCV(cv.id)?.status, 'processing');
    assert.ok(claims.complete(cv.id, second.token, { ...emptyParsedCV(), raw_text: 'fresh' }));
    assert.equal(cvs.getParsedCV(cv.id)?.raw_text, 'fresh');
    assert.equal(cvs.getCV(cv.id)?.attempts, 2);
  });

  it('claims nothing while paused and resumes on request', async () => {
    const w = startWorker({}, true);
    enqueue('a', 'b');
    w.notify();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(cvs.countByStatus().queued, 2);
    w.resume();
    await w.whenDrained();
    assert.equal(cvs.countByStatus().completed, 2);
  });

  it('lets running CVs finish after pause', async () => {
    const [slow, next] = enqueue('SLOW 300', 'later');
    const w = startWorker({ concurrency: 1 });
    await waitFor(() => w.isProcessing(slow.id), 'the slow CV to start');
    w.pause();
    await waitFor(() => cvs.getCV(slow.id)?.status === 'completed', 'the slow CV to finish');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(cvs.getCV(next.id)?.status, 'queued');
    assert.equal(w.activeCount, 0);
  });

  it('cancels a processing CV (ending its thread) and a queued one; both can be retried', async () => {
    const [hang, waiting] = enqueue('HANG', 'waiting');
    const w = startWorker({ concurrency: 1, timeoutMs: 20_000 });
    await waitFor(() => w.isProcessing(hang.id), 'the hanging CV to start');
    assert.ok(w.cancel(waiting.id));
    assert.ok(w.cancel(hang.id));
    await w.whenDrained();
    assert.deepEqual([cvs.getCV(hang.id)?.errorMessage, cvs.getCV(waiting.id)?.errorMessage], ['Cancelled', 'Cancelled']);
    assert.equal(pool.threadCount, 0, 'the hanging thread was terminated');
    assert.equal(cvs.retryFailed([waiting.id]), 1);
    w.notify();
    await w.whenDrained();
    assert.equal(cvs.getCV(waiting.id)?.status, 'completed');
  });

  it('returns CVs left processing by a crash to the queue on start', async () => {
    const [cv] = enqueue('again');
    new ClaimRepository(store, cvs).claimNext();
    assert.equal(cvs.getCV(cv.id)?.status, 'processing');
    await startWorker().whenDrained();
    assert.equal(cvs.getCV(cv.id)?.status, 'completed');
  });
});
