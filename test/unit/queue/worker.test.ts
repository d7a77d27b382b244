import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { ParsePool } from '../../../src/core/queue/parsePool';
import { QueueWorker, type WorkerSettings } from '../../../src/core/queue/worker';
import { STORAGE_BACKENDS, describeEachBackend, useQueueStorage } from '../helpers/queueBackends';
import { repoRoot } from '../helpers/tmp';

const THREAD = () => path.join(repoRoot(), 'out/test/unit/helpers/threads/scriptedThread.js');
const DEFAULTS = { concurrency: 2, timeoutMs: 60_000, maxAttempts: 3 };

describeEachBackend('QueueWorker', (backend) => {
  let pool: ParsePool;
  let worker: QueueWorker | undefined;
  const q = useQueueStorage(backend, async () => {
    await worker?.stop(0);
    worker = undefined;
  });
  const tmp = () => q.dir;

  function createWorker(settings: Partial<WorkerSettings> = {}): QueueWorker {
    pool = new ParsePool({ threadScript: THREAD(), size: settings.concurrency ?? 2 });
    worker = new QueueWorker({ storage: q.storage, runner: pool }, { ...DEFAULTS, backoffBaseMs: 20, ...settings });
    return worker;
  }

  function startWorker(settings: Partial<WorkerSettings> = {}, paused = false): QueueWorker {
    const w = createWorker(settings);
    void w.start({ paused });
    return w;
  }

  /** Polls until `predicate` holds (the machine may be slow: no fixed sleeps). */
  async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  function enqueue(...contents: string[]) {
    return q.cvs.insertQueuedCVs(contents.map((text, i) => {
      const file = path.join(tmp(), `cv-${i}-${Math.random().toString(36).slice(2)}.txt`);
      fs.writeFileSync(file, text);
      return { filePath: file, fileName: path.basename(file) };
    }));
  }

  it('processes queued CVs in order on worker threads and stores the results', async () => {
    const added = await enqueue('Ada', 'Bob', 'Cyd', 'Dee', 'Eve');
    const order: string[] = [];
    const w = createWorker({ concurrency: 1 });
    w.onDidChange((c) => c.status === 'processing' && order.push(c.id));
    void w.start();
    await w.whenDrained();
    assert.deepEqual(order, added.map((a) => a.id));
    assert.deepEqual(await q.cvs.countByStatus(), { queued: 0, processing: 0, completed: 5, failed: 0 });
    assert.equal((await q.cvs.getParsedCV(added[2].id))?.contact.name, 'Cyd');
  });

  it('times out a hanging CV, replaces its thread and goes on with the next', async () => {
    const [hang, ok] = await enqueue('HANG', 'fine');
    // Long enough for a thread to start on a busy machine, short enough for a test.
    const w = startWorker({ concurrency: 1, timeoutMs: 2_500, maxAttempts: 1 });
    await w.whenDrained();
    const failed = await q.cvs.getCV(hang.id);
    assert.equal(failed?.status, 'failed');
    assert.match(failed?.errorMessage ?? '', /timed out after 2\.5 s/);
    assert.equal((await q.cvs.getCV(ok.id))?.status, 'completed');
  });

  it('retries a transient error with growing backoff, then fails after maxAttempts', async () => {
    const [busy] = await enqueue('TRANSIENT');
    const starts: number[] = [];
    const w = createWorker({ maxAttempts: 3, backoffBaseMs: 100 });
    w.onDidChange((c) => c.status === 'processing' && starts.push(Date.now()));
    void w.start();
    await w.whenDrained();
    const cv = await q.cvs.getCV(busy.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.attempts, 3);
    assert.match(cv?.errorMessage ?? '', /EBUSY.*gave up after 3 attempts/);
    assert.equal(starts.length, 3);
    assert.ok(starts[1] - starts[0] >= 100, `first backoff ${starts[1] - starts[0]} ms`);
    assert.ok(starts[2] - starts[1] >= 200, `second backoff ${starts[2] - starts[1]} ms`);
  });

  it('fails a permanent error at once with its reason', async () => {
    const [bad] = await enqueue('PERMANENT');
    await startWorker({ maxAttempts: 3 }).whenDrained();
    const cv = await q.cvs.getCV(bad.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.attempts, 1);
    assert.equal(cv?.errorMessage, 'encrypted PDF (password protected)');
  });

  it('treats a thread that dies as transient and retries on a new thread', async () => {
    const [dies] = await enqueue('EXIT');
    await startWorker({ maxAttempts: 2 }).whenDrained();
    const cv = await q.cvs.getCV(dies.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.attempts, 2);
    assert.match(cv?.errorMessage ?? '', /stopped unexpectedly.*gave up after 2 attempts/);
  });

  it('fails a file that exhausts its thread\'s memory, and the process lives on', async () => {
    const [hog, fine] = await enqueue('HOG', 'fine');
    pool = new ParsePool({ threadScript: THREAD(), size: 1, maxHeapMb: 64 });
    worker = new QueueWorker({ storage: q.storage, runner: pool }, { ...DEFAULTS, concurrency: 1, maxAttempts: 3 });
    void worker.start();
    await worker.whenDrained();
    const cv = await q.cvs.getCV(hog.id);
    assert.equal(cv?.status, 'failed');
    assert.equal(cv?.errorMessage, 'the parser ran out of memory on this file');
    assert.equal(cv?.attempts, 1);
    assert.equal((await q.cvs.getCV(fine.id))?.status, 'completed');
  });

  it('ignores a stale completion after the claim was taken back', async () => {
    const [cv] = await enqueue('x');
    const claims = q.claims;
    const claim = await claims.claimNext();
    assert.equal(claim?.cv.id, cv.id);
    assert.equal(await q.cvs.resetProcessingCVs(), 1);
    const second = await claims.claimNext();
    assert.ok(second && second.token !== claim?.token);
    assert.equal(await claims.complete(cv.id, claim?.token ?? '', { ...emptyParsedCV(), raw_text: 'stale' }), false);
    assert.equal(await claims.fail(cv.id, claim?.token ?? '', 'stale'), false);
    assert.equal((await q.cvs.getCV(cv.id))?.status, 'processing');
    assert.ok(await claims.complete(cv.id, second.token, { ...emptyParsedCV(), raw_text: 'fresh' }));
    assert.equal((await q.cvs.getParsedCV(cv.id))?.raw_text, 'fresh');
    assert.equal((await q.cvs.getCV(cv.id))?.attempts, 2);
  });

  it('claims nothing while paused and resumes on request', async () => {
    const w = startWorker({}, true);
    await enqueue('a', 'b');
    w.notify();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await q.cvs.countByStatus()).queued, 2);
    w.resume();
    await w.whenDrained();
    assert.equal((await q.cvs.countByStatus()).completed, 2);
  });

  it('lets running CVs finish after pause', async () => {
    const [slow, next] = await enqueue('SLOW 300', 'later');
    const w = startWorker({ concurrency: 1 });
    await waitFor(() => w.isProcessing(slow.id), 'the slow CV to start');
    w.pause();
    await waitFor(async () => (await q.cvs.getCV(slow.id))?.status === 'completed', 'the slow CV to finish');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await q.cvs.getCV(next.id))?.status, 'queued');
    assert.equal(w.activeCount, 0);
  });

  it('cancels a processing CV (ending its thread) and a queued one; both can be retried', async () => {
    const [hang, waiting] = await enqueue('HANG', 'waiting');
    const w = startWorker({ concurrency: 1, timeoutMs: 20_000 });
    await waitFor(() => w.isProcessing(hang.id), 'the hanging CV to start');
    assert.ok(await w.cancel(waiting.id));
    assert.ok(await w.cancel(hang.id));
    await w.whenDrained();
    assert.deepEqual([(await q.cvs.getCV(hang.id))?.errorMessage, (await q.cvs.getCV(waiting.id))?.errorMessage], ['Cancelled', 'Cancelled']);
    assert.equal(pool.threadCount, 0, 'the hanging thread was terminated');
    assert.equal(await q.cvs.retryFailed([waiting.id]), 1);
    w.notify();
    await w.whenDrained();
    assert.equal((await q.cvs.getCV(waiting.id))?.status, 'completed');
  });

  it('returns CVs left processing by a crash to the queue on start', async () => {
    const [cv] = await enqueue('again');
    await q.claims.claimNext();
    assert.equal((await q.cvs.getCV(cv.id))?.status, 'processing');
    await startWorker().whenDrained();
    assert.equal((await q.cvs.getCV(cv.id))?.status, 'completed');
  });
}, 30_000, STORAGE_BACKENDS);
