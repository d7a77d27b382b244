import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { DatabaseError } from '../../../src/core/db/errors';
import { FileLock } from '../../../src/core/db/lock';
import { readSnapshot } from '../../../src/core/db/lockFiles';
import { repoRoot, useTmpDir } from '../helpers/tmp';

/** A racer process and the lines it answers with, one at a time. */
interface Racer {
  child: ChildProcessWithoutNullStreams;
  next(): Promise<string>;
}

function startRacer(lockPath: string): Racer {
  const child = spawn(process.execPath, [path.join(repoRoot(), 'out/test/unit/helpers/lockRacer.js'), lockPath]);
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else lines.push(line);
  });
  return { child, next: () => new Promise((resolve) => (lines.length ? resolve(lines.shift() as string) : waiting.push(resolve))) };
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid as number)));
}

function lockedMessage(lockPath: string): (err: unknown) => boolean {
  return (err) => err instanceof DatabaseError && err.code === 'LOCKED' && err.message.includes(lockPath) && /delete/.test(err.message);
}

describe('FileLock', () => {
  const tmp = useTmpDir();
  const lockPath = () => path.join(tmp(), 'q.db.lock');

  it('gives a stale lock to exactly one of several processes racing for it, round after round', async function () {
    this.timeout(60_000);
    const racers = Array.from({ length: 4 }, () => startRacer(lockPath()));
    try {
      const stale = [String(await deadPid()), '0', '-1', 'garbage', `${await deadPid()}\nold-token\n`];
      for (let round = 0; round < 200; round++) {
        fs.writeFileSync(lockPath(), stale[round % stale.length]);
        const at = Date.now() + 20;
        for (const r of racers) r.child.stdin.write(`go ${at}\n`);
        const answers = await Promise.all(racers.map((r) => r.next()));
        const winners = racers.filter((_, i) => answers[i] === 'got');
        assert.equal(winners.length, 1, `round ${round}: ${answers.join(', ')}`);
        assert.ok(answers.every((a) => a === 'got' || a === 'locked'), answers.join(', '));
        assert.equal(readSnapshot(lockPath())?.pid, winners[0].child.pid, `round ${round}: the lock names its owner`);
        winners[0].child.stdin.write('release\n');
        assert.equal(await winners[0].next(), 'released');
      }
      const leftovers = fs.readdirSync(tmp()).filter((n) => n !== 'q.db.lock');
      assert.deepEqual(leftovers, [], 'no take-over markers or temporary files are left behind');
    } finally {
      for (const r of racers) r.child.kill();
    }
  });

  it('takes over locks with invalid pids (0, -1, garbage, empty) and with our own pid from an earlier life', () => {
    for (const content of ['0', '-1', 'garbage', '', '99999999999', String(process.pid)]) {
      fs.writeFileSync(lockPath(), content);
      fs.utimesSync(lockPath(), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      const lock = new FileLock(lockPath());
      lock.acquire();
      assert.equal(readSnapshot(lockPath())?.pid, process.pid, JSON.stringify(content));
      lock.release();
      assert.ok(!fs.existsSync(lockPath()));
    }
  });

  it('refuses a lock held by a live process, naming the lock file and what to do', () => {
    fs.writeFileSync(lockPath(), '1');
    assert.throws(() => new FileLock(lockPath()).acquire(), lockedMessage(lockPath()));
    assert.equal(fs.readFileSync(lockPath(), 'utf8'), '1', 'a live lock is left alone');

    fs.rmSync(lockPath());
    const first = new FileLock(lockPath());
    first.acquire();
    assert.throws(() => new FileLock(lockPath()).acquire(), lockedMessage(lockPath()));
    first.release();
  });

  it('takes over a stale lock whose earlier taker died half way, leaving no marker behind', async () => {
    fs.writeFileSync(lockPath(), String(await deadPid()));
    const snapshot = readSnapshot(lockPath());
    fs.writeFileSync(`${lockPath()}.takeover-${snapshot?.id}`, `${await deadPid()}\ntoken\n`);
    const lock = new FileLock(lockPath());
    lock.acquire();
    assert.equal(readSnapshot(lockPath())?.pid, process.pid);
    lock.release();
    assert.deepEqual(fs.readdirSync(tmp()), []);
  });

  it('waits for a live taker instead of taking over beside it', async () => {
    fs.writeFileSync(lockPath(), String(await deadPid()));
    const snapshot = readSnapshot(lockPath());
    fs.writeFileSync(`${lockPath()}.takeover-${snapshot?.id}`, `1\ntoken\n`);
    assert.throws(() => new FileLock(lockPath()).acquire(), (err: unknown) => err instanceof DatabaseError && err.code === 'LOCKED' && err.message.includes('takeover'));
    assert.equal(readSnapshot(lockPath())?.id, snapshot?.id, 'the stale lock was not replaced');
  });
});
