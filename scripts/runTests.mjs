#!/usr/bin/env node
// Runs every test suite in turn (unit, then integration when set up) and ends with one plain
// line "N passed, N failed" summing them all. Exit code 0 only when nothing failed.
import { spawn } from 'node:child_process';
import { ensurePostgres } from './pg/ensurePostgres.mjs';

const suites = [{ name: 'unit', cmd: 'npx', args: ['mocha'] }];
if (!process.argv.includes('--unit-only')) suites.push({ name: 'integration', cmd: 'node', args: ['scripts/integration/run.mjs'], optional: true });

function run(suite) {
  return new Promise((resolve) => {
    const child = spawn(suite.cmd, suite.args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

ensurePostgres();

let passed = 0;
let failed = 0;
for (const suite of suites) {
  if (suite.optional && !(await import('node:fs')).existsSync(suite.args[0])) continue;
  console.log(`\n=== ${suite.name} tests ===`);
  const { code, out } = await run(suite);
  const p = Number(/(\d+) passing/.exec(out)?.[1] ?? 0);
  const f = Number(/(\d+) failing/.exec(out)?.[1] ?? 0);
  passed += p;
  // A suite that crashed before reporting counts as one failure.
  failed += f || (code !== 0 ? 1 : 0);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
