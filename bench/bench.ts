import { cliBench } from './cliBench';
import { enqueueBench } from './enqueueBench';
import { ocrBench } from './ocrBench';
import { parseBench } from './parseBench';
import { pdfBench } from './pdfBench';
import { pgBench } from './pgBench';
import { processBench } from './processBench';
import { reviewBench } from './reviewBench';
import { stallBench } from './stallBench';
import { viewBench } from './viewBench';

async function main(): Promise<void> {
  const only = process.argv[2];
  console.log(`Samsara CV Queue benchmark (node ${process.version}, ${process.platform})`);
  if (!only || only === 'cli') await cliBench();
  if (!only || only === 'enqueue') await enqueueBench();
  if (!only || only === 'parse') await parseBench();
  if (!only || only === 'pdf') await pdfBench();
  if (!only || only === 'review') await reviewBench();
  if (!only || only === 'ocr') await ocrBench();
  if (!only || only === 'process') await processBench(Number(process.env.SAMSARA_BENCH_CVS ?? 10_000));
  if (!only || only === 'stall') await stallBench();
  if (!only || only === 'view') await viewBench();
  // 1,000,000 rows (the sizing figures in the README) with SAMSARA_BENCH_PG_ROWS=1000000
  if (!only || only === 'pg') await pgBench(Number(process.env.SAMSARA_BENCH_PG_ROWS ?? 100_000));
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
