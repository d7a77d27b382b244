import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { describeEachBackend, useQueueLocation } from '../helpers/queueBackends';

const CV_A = 'Anna Schmidt\nanna.schmidt@example.com\n\nExperience\nEngineer, Acme GmbH\n2019 - 2021\n';
const CV_B = 'Bruno Keller\nbruno.keller@example.com\n\nExperience\nAnalyst, Globex AG\n2017 - 2020\n';

// The embedded store parses the file at its path. A team queue parses the bytes stored at enqueue
// (the path may name another file on the machine that parses it), so there the hash never goes stale.
describeEachBackend('a CV file replaced between enqueue and processing (the built CLI)', (backend) => {
  const queue = useQueueLocation(backend);

  it('keeps the hash of what was parsed, so a copy of the old content is not taken for a duplicate', async () => {
    const db = queue.location();
    const cand = path.join(queue.dir(), 'cand.txt');
    fs.writeFileSync(cand, CV_A);
    assert.equal((await runCli(['--db', db, 'enqueue', cand])).code, 0);
    fs.writeFileSync(cand, CV_B); // overwritten with another candidate's CV before it is processed
    const run = await runCli(['--db', db, 'process', '--concurrency', '1']);
    assert.equal(run.code, 0, run.stderr);
    const copyOfA = path.join(queue.dir(), 'anna-copy.txt');
    fs.writeFileSync(copyOfA, CV_A);
    const again = await runCli(['--db', db, 'enqueue', copyOfA]);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /already in the queue/);
    assert.match(again.stdout, /Queued 1 CV/);
    const copyOfB = path.join(queue.dir(), 'bruno-copy.txt');
    fs.writeFileSync(copyOfB, CV_B);
    const dup = await runCli(['--db', db, 'enqueue', copyOfB]);
    assert.match(dup.stderr, /skipped .*bruno-copy\.txt: already in the queue as cand\.txt/);
  });
}, undefined, ['sql.js']);
