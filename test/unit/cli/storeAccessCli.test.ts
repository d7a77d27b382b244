import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { useTmpDir } from '../helpers/tmp';

describe('samsara and the database path (the built CLI)', function () {
  this.timeout(60_000);
  const tmp = useTmpDir();

  it('status and export on a missing path create nothing and say there is no queue', async () => {
    const db = path.join(tmp(), 'nope/a/b/q.db');
    for (const args of [['status'], ['export', '--format', 'json']]) {
      const run = await runCli(['--db', db, ...args]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, new RegExp(`There is no CV queue at ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    assert.deepEqual(fs.readdirSync(tmp()), []);
  });

  it('retry, cancel, remove, process and project rename/delete refuse a missing queue without creating it', async () => {
    const db = path.join(tmp(), 'q.db');
    for (const args of [['retry', 'abc'], ['cancel', 'abc'], ['remove', 'abc'], ['process'], ['project', 'rename', 'A', 'B'], ['project', 'delete', 'A']]) {
      const run = await runCli(['--db', db, ...args]);
      assert.equal(run.code, 1, args.join(' '));
      assert.match(run.stderr, /There is no CV queue at .*q\.db/, args.join(' '));
    }
    assert.deepEqual(fs.readdirSync(tmp()), []);
  });

  it('a folder as the database path is refused with its path', async () => {
    const run = await runCli(['--db', tmp(), 'status']);
    assert.equal(run.code, 1);
    assert.ok(run.stderr.includes(`${tmp()} is a folder, not a CV queue database file`), run.stderr);
  });

  it('status reads a queue in a read-only folder, with no lock file', async () => {
    const dir = path.join(tmp(), 'ro');
    fs.mkdirSync(dir);
    const db = path.join(dir, 'q.db');
    fs.writeFileSync(path.join(tmp(), 'a.txt'), 'Candidate A');
    assert.equal((await runCli(['--db', db, 'enqueue', path.join(tmp(), 'a.txt')])).code, 0);
    // root may write anyway: the listing afterwards shows that nothing was written.
    fs.chmodSync(dir, 0o555);
    try {
      const run = await runCli(['--db', db, 'status']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /queued: 1/);
      assert.deepEqual(fs.readdirSync(dir), ['q.db']);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('the enqueue summary counts links that lead back up the tree, without listing them', async () => {
    const root = path.join(tmp(), 'cvs');
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(root, 'a.txt'), 'Candidate A');
    fs.symlinkSync('..', path.join(root, 'sub/up'));
    fs.symlinkSync('../..', path.join(root, 'sub/up2'));
    const run = await runCli(['--db', path.join(tmp(), 'q.db'), 'enqueue', root]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'Queued 1 CV, skipped 2 (0 already queued, 0 unsupported, 0 unreadable, 2 links).\n');
    assert.equal(run.stderr, '');
  });
});
