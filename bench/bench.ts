import { enqueueBench } from './enqueueBench';
import { parseBench } from './parseBench';
import { pgBench } from './pgBench';
import { processBench } from './processBench';

async function main(): Promise<void> {
  const only = process.argv[2];
  console.log(`Samsara CV Queue benchmark (node ${process.version}, ${process.platform})`);
  if (!only || only === 'enqueue') await enqueueBench();
  if (!only || only === 'parse') await parseBench();
  if (!only || only === 'process') await processBench(Number(process.env.SAMSARA_BENCH_CVS ?? 10_000));
  // 1,000,000 rows (the sizing figures in the README) with SAMSARA_BENCH_PG_ROWS=1000000
  if (!only || only === 'pg') await pgBench(Number(process.env.SAMSARA_BENCH_PG_ROWS ?? 100_000));
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
