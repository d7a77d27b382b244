import { emptyParsedCV } from '../src/core/parsedCv';
import { type PgStorage, openPgStorage } from '../src/core/queue/postgres/pgStorage';
import { createTestDatabase, pgUnavailable } from '../test/unit/helpers/postgresServer';
import { fmt, quantile, row, timed } from './util';

const WORKERS = 8;
const CLAIMS = 2_000;
const BATCH = 10_000;

/**
 * The team queue on PostgreSQL: enqueue of `rows` CVs, claim latency with 8 concurrent workers
 * (each claims and completes, as a worker does), and a tree page and the counts at that size.
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
    const latencies: number[] = [];
    let left = Math.min(CLAIMS, rows);
    await Promise.all(workers.map(async (w) => {
      while (left-- > 0) {
        const start = performance.now();
        const claim = await w.claims.claimNext(undefined, 3);
        latencies.push(performance.now() - start);
        if (claim) await w.claims.complete(claim.cv.id, claim.token, { ...emptyParsedCV(), raw_text: 'x' });
      }
    }));
    row('claim p50 / p99 (8 workers, claim + complete)', `${fmt(quantile(latencies, 0.5))} / ${fmt(quantile(latencies, 0.99))}`);
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

async function sample(fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < 20; i++) ms.push((await timed(fn)).ms);
  return quantile(ms, 0.5);
}
