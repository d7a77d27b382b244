import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { describeEachBackend, useQueueLocation } from '../helpers/queueBackends';

describeEachBackend('samsara process options (the built CLI)', (backend) => {
  const queue = useQueueLocation(backend);
  const tmp = queue.dir;

  it('reads --region in any case, as parse and the setting do: a national number gets its +49 form', async () => {
    const db = queue.location();
    const cv = path.join(tmp(), 'anna.txt');
    fs.writeFileSync(cv, 'Anna Schmidt\nanna.schmidt@example.com\nPhone: 0151 4049775\n\nExperience\nEngineer, Acme GmbH\n2019 - 2021\n');
    assert.equal((await runCli(['--db', db, 'enqueue', cv])).code, 0);
    const run = await runCli(['--db', db, 'process', '--region', 'de', '--concurrency', '1']);
    assert.equal(run.code, 0, run.stderr);
    const [entry] = JSON.parse((await runCli(['--db', db, 'export', '--format', 'json'])).stdout) as { parsed: { contact: { phone_e164?: string } } }[];
    assert.equal(entry.parsed.contact.phone_e164, '+491514049775');
  });

  it('refuses options outside the ranges of the settings with exit code 2 and names the range', async () => {
    const db = queue.location();
    const cases: [string[], RegExp][] = [
      [['--concurrency', '1000'], /--concurrency must be a whole number from 1 to 16\./],
      [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 16\./],
      [['--timeout', '0.1'], /--timeout must be a whole number from 5 to 3600\./],
      [['--max-attempts', '11'], /--max-attempts must be a whole number from 1 to 10\./],
      [['--region', 'Germany'], /--region needs a two-letter country code/],
      [['--lease-seconds', '0'], /--lease-seconds must be a whole number from 1 to 3600\./],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['--db', db, 'process', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    if (backend === 'sql.js') assert.equal(fs.existsSync(db), false, 'a refused command does not even open the queue');
  });

  it('retries the failed CVs of one project with retry --all-failed --project', async () => {
    const db = queue.location();
    const cli = (...args: string[]) => runCli(['--db', db, ...args]);
    for (const project of ['Berlin', 'Munich']) {
      const empty = path.join(tmp(), `${project}.pdf`);
      fs.writeFileSync(empty, '');
      assert.equal((await cli('enqueue', '--project', project, empty)).code, 0);
    }
    assert.equal((await cli('process')).code, 0);
    assert.equal((await cli('retry', '--all-failed', '--project', 'berlin')).stdout, 'Moved 1 failed CV back to the queue.\n');
    const status = JSON.parse((await cli('status', '--json')).stdout) as { cvs: { project: string; status: string }[] };
    assert.deepEqual(status.cvs.map((c) => `${c.project}:${c.status}`).sort(), ['Berlin:queued', 'Munich:failed']);
    assert.equal((await cli('retry', '--project', 'Berlin', 'abc')).code, 2, '--project goes with --all-failed');
  });
}, 120_000);
