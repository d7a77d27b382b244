import { emptyParsedCV } from '../src/core/parsedCv';
import { type PgStorage, openPgStorage } from '../src/core/queue/postgres/pgStorage';
import { createTestDatabase, pgUnavailable } from '../test/unit/helpers/postgresServer';
import { serverTimes } from './pgServerTimes';
import { fmt, quantile, row, timed } from './util';

const WORKERS = 8;
const CLAIMS = 2_000;
const BATCH = 10_000;

/**
 * The team queue on PostgreSQL: enqueue of `rows` CVs, claim latency with 8 concurrent workers
 * (each claims and completes, as a worker does), and a tree page and the counts at that size.
 * The claim is timed at the client, beside the round trip of a trivial statement under the same
 * concurrency (what the machine and the client library cost whatever the claim does) and the
 * server's own time for the claim when pg_stat_statements is loaded.
 * 1,000,000 rows: SAMSARA_BENCH_PG_ROWS=1000000 npm run bench -- pg.
 */
export async function pgBench(rows: number): Promise<void> {
  console.log(`\nPostgreSQL team queue (${rows.toLocaleString('en')} CVs, ${WORKERS} workers)`);
  const why = await pgUnavailable();
  if (why) return console.log(`  skipped: ${why}`);
  const { url, drop } = await createTestDatabase();
  const opened: PgStorage[] = [];
  try {
    const main = await openPgStorage(url);
    opened.push(main);
    const enqueue = await timed(async () => {
      for (let i = 0; i < rows; i += BATCH) {
        const n = Math.min(BATCH, rows - i);
        await main.cvs.insertQueuedCVs(Array.from({ length: n }, (_, j) => ({ filePath: `/cvs/${i + j}.pdf`, fileName: `${i + j}.pdf`, contentHash: `h${i + j}` })));
      }
    });
    row(`enqueue ${rows.toLocaleString('en')} CVs`, `${fmt(enqueue.ms)} (${Math.round(rows / (enqueue.ms / 1000)).toLocaleString('en')} CVs/s)`);
    const workers = await Promise.all(Array.from({ length: WORKERS }, () => openPgStorage(url, { poolSize: 1 })));
    opened.push(...workers);
    const floor = await concurrently(workers, CLAIMS, (w) => w.db.one('SELECT 1'));
    row('round trip floor: SELECT 1 (8 workers, p50 / p99)', `${fmt(quantile(floor, 0.5))} / ${fmt(quantile(floor, 0.99))}`);
    const server = await serverTimes(main.db);
    const latencies = await concurrently(workers, CLAIMS, async (w) => {
      const claim = await w.claims.claimNext(undefined, 3);
      return async () => {
        if (claim) await w.claims.complete(claim.cv.id, claim.token, { ...emptyParsedCV(), raw_text: 'x' });
      };
    });
    row('claim p50 / p99 (8 workers, claim + complete)', `${fmt(quantile(latencies, 0.5))} / ${fmt(quantile(latencies, 0.99))}`);
    const claimOnServer = await server?.read('WITH expired AS%');
    if (claimOnServer) row('claim on the server: mean / max', `${fmt(claimOnServer.mean)} / ${fmt(claimOnServer.max)}`);
    await main.db.run('ANALYZE cvs');
    const page = await sample(() => main.cvs.listByStatus('queued', { limit: 200 }));
    const lastPage = await sample(() => main.cvs.listByStatus('completed', { limit: 200 }));
    const counts = await sample(() => main.cvs.countByStatus());
    row('tree page: first 200 queued (median of 20)', fmt(page));
    row('tree page: first 200 completed (median of 20)', fmt(lastPage));
    row('counts per status (median of 20)', fmt(counts));
  } finally {
    for (const s of opened) await s.close();
    await drop();
  }
}

/**
 * Runs `count` timed steps spread over the workers, each worker one at a time; a step may return
 * follow-up work (a claim's completion) that runs untimed before that worker's next step.
 */
async function concurrently(workers: PgStorage[], count: number, step: (w: PgStorage) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  let left = count;
  await Promise.all(workers.map(async (w) => {
    while (left-- > 0) {
      const start = performance.now();
      const then = await step(w);
      ms.push(performance.now() - start);
      if (typeof then === 'function') await (then as () => Promise<void>)();
    }
  }));
  return ms;
}

async function sample(fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < 20; i++) ms.push((await timed(fn)).ms);
  return quantile(ms, 0.5);
}
