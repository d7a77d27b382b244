import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { useTmpDir } from '../helpers/tmp';

describe('samsara and hostile names and options (the built CLI)', function () {
  this.timeout(90_000);
  const tmp = useTmpDir();

  it('prints file names with escape sequences and newlines escaped, one line per CV', async () => {
    const db = path.join(tmp(), 'q.db');
    const dir = path.join(tmp(), 'cvs');
    fs.mkdirSync(dir);
    const names = ['red\u001b[31m.txt', 'forged\nfailed: 1.txt'];
    for (const n of names) fs.writeFileSync(path.join(dir, n), `Candidate ${n.length}\n`);
    assert.equal((await runCli(['--db', db, 'enqueue', dir])).code, 0);
    const processed = await runCli(['--db', db, 'process']);
    const status = await runCli(['--db', db, 'status']);
    for (const run of [processed, status]) {
      assert.equal(run.code, 0, run.stderr);
      assert.ok(!(run.stdout + run.stderr).includes('\u001b'), 'no raw ESC reaches the terminal');
    }
    assert.match(status.stdout, /red\\x1b\[31m\.txt/);
    assert.match(status.stdout, /forged\\nfailed: 1\.txt/);
    assert.equal(status.stdout.trimEnd().split('\n').length, 1 + names.length, 'a header line and one line per CV');
    assert.match(processed.stdout, /^completed forged\\nfailed: 1\.txt$/m);
  });

  it('refuses a timeout beyond the schema (and so beyond what a timer can hold) and too many threads, naming the range', async () => {
    const db = path.join(tmp(), 'q.db');
    const timeout = await runCli(['--db', db, 'process', '--timeout', '3000000']);
    assert.equal(timeout.code, 2);
    assert.match(timeout.stderr, /--timeout must be a whole number from 5 to 3600\./);
    const threads = await runCli(['--db', db, 'process', '--concurrency', '100']);
    assert.equal(threads.code, 2);
    assert.match(threads.stderr, /--concurrency must be a whole number from 1 to 16\./);
    assert.equal(fs.existsSync(db), false);
  });
});
