import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../src/core/db/store';
import { emptyParsedCV } from '../src/core/parsedCv';
import { SqlJsStorage } from '../src/core/queue/sqljs/sqlJsStorage';
import { fmt, median, row, tmpDir } from './util';

const CLI = path.join(__dirname, 'cli.js');
const RUNS = Number(process.env.SAMSARA_BENCH_CLI_RUNS ?? 15);

/** Wall time of one process, from spawn to exit. */
function runMs(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

/**
 * Runs the floor and ours alternately, `RUNS` pairs (the order flips each pair so neither always
 * runs on a warmer cache), and prints their medians and the median of the pairs' ratios.
 */
function paired(label: string, floorLabel: string, floor: string[], ours: string[], goal: number): void {
  runMs(floor);
  runMs(ours);
  const f: number[] = [];
  const o: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const first = i % 2 ? ours : floor;
    const a = runMs(first);
    const b = runMs(first === ours ? floor : ours);
    const [oMs, fMs] = first === ours ? [a, b] : [b, a];
    o.push(oMs);
    f.push(fMs);
    ratios.push(oMs / fMs);
  }
  row(`baseline: ${floorLabel}`, fmt(median(f)));
  row(label, fmt(median(o)));
  row(`ratio (median of ${RUNS} pairs; goal <= ${goal}x)`, `${median(ratios).toFixed(2)}x`);
}

/** The floor of `status --json`: load sql.js, open the file, print the same rows. */
const FLOOR_SCRIPT = `
const fs = require('fs');
const initSqlJs = require(process.argv[2]);
initSqlJs({ locateFile: () => process.argv[3] }).then((SQL) => {
  const db = new SQL.Database(fs.readFileSync(process.argv[4]));
  const counts = { queued: 0, processing: 0, completed: 0, failed: 0 };
  for (const [s, n] of db.exec('SELECT status, COUNT(*) FROM cvs GROUP BY status')[0].values) counts[s] = n;
  const stmt = db.prepare(\`SELECT c.id, c.file_path, c.file_name, c.status, c.error_message, p.name AS project, c.created_at
    FROM cvs c LEFT JOIN projects p ON p.id = c.project_id ORDER BY c.created_at, c.rowid\`);
  const cvs = [];
  while (stmt.step()) cvs.push(stmt.getAsObject());
  process.stdout.write(JSON.stringify({ counts, cvs }) + '\\n');
});
`;

/** 10,000 CVs, most of them parsed with ~2 KB of text, some queued and failed. */
async function seed(file: string, count: number): Promise<void> {
  const store = await Store.open(file, { saveDelayMs: 60_000 });
  const storage = new SqlJsStorage(store);
  const text = 'Senior engineer with a long history of projects and responsibilities. '.repeat(30);
  const added = await storage.cvs.insertQueuedCVs(Array.from({ length: count }, (_, i) => ({ filePath: `/cvs/cv-${i}.pdf`, fileName: `cv-${i}.pdf` })));
  for (let i = 0; i < added.length * 0.9; i++) {
    const claim = await storage.claims.claimNext();
    if (!claim) break;
    if (i % 20 === 0) await storage.claims.fail(claim.cv.id, claim.token, 'The file is not a CV.');
    else await storage.claims.complete(claim.cv.id, claim.token, { ...emptyParsedCV(), raw_text: `${i} ${text}`, contact: { name: `Candidate ${i}` } });
  }
  await store.close();
}

/** Start-up of the CLI beside a bare `node -e 0`, and `status --json` beside the sql.js floor. */
export async function cliBench(count = 10_000): Promise<void> {
  const dir = tmpDir('cli');
  const db = path.join(dir, 'samsara.db');
  await seed(db, count);
  const floor = path.join(dir, 'floor.js');
  fs.writeFileSync(floor, FLOOR_SCRIPT);
  const sqlJs = path.join(__dirname, '..', 'node_modules', 'sql.js');
  const wasm = path.join(__dirname, 'sql-wasm.wasm');
  console.log(`\nCLI start-up (dist/cli.js ${(fs.statSync(CLI).size / 1e3).toFixed(0)} kB)`);
  paired('samsara --help', 'node -e 0', ['-e', '0'], [CLI, '--help'], 1.5);
  console.log(`\nsamsara status --json on ${count} CVs (${(fs.statSync(db).size / 1e6).toFixed(1)} MB)`);
  paired('samsara status --json', 'load sql.js, open the file, print the rows', [floor, sqlJs, wasm, db], [CLI, '--db', db, 'status', '--json'], 1.5);
  fs.rmSync(dir, { recursive: true, force: true });
}
