import { enqueueBench } from './enqueueBench';
import { ocrBench } from './ocrBench';
import { parseBench } from './parseBench';
import { processBench } from './processBench';

async function main(): Promise<void> {
  const only = process.argv[2];
  console.log(`Samsara CV Queue benchmark (node ${process.version}, ${process.platform})`);
  if (!only || only === 'enqueue') await enqueueBench();
  if (!only || only === 'parse') await parseBench();
  if (!only || only === 'ocr') await ocrBench();
  if (!only || only === 'process') await processBench(Number(process.env.SAMSARA_BENCH_CVS ?? 10_000));
}

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
