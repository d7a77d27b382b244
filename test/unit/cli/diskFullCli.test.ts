import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { distFile, useTmpDir } from '../helpers/tmp';

const CVS = 60;

/** A plain-text CV with enough text that each parsed result grows the database by tens of kilobytes. */
function cvText(i: number): string {
  const filler = Array.from({ length: 300 }, (_, k) => `Delivered project ${i}-${k} on time and within budget for the client.`).join('\n');
  return `Candidate Number${i}\ncandidate${i}@example.com\n\nExperience\nEngineer, Acme GmbH\n2019 - 2021\n${filler}\n`;
}

describe('samsara process on a disk that fills up (a file-size limit)', function () {
  this.timeout(240_000);
  const tmp = useTmpDir();

  it('stops when a save fails, names the file and the space needed, and reports only what is on disk', async () => {
    const dir = path.join(tmp(), 'cvs');
    fs.mkdirSync(dir);
    for (let i = 0; i < CVS; i++) fs.writeFileSync(path.join(dir, `cv-${i}.txt`), cvText(i));
    const db = path.join(tmp(), 'q.db');
    assert.equal((await runCli(['--db', db, 'enqueue', dir])).code, 0);
    // RLIMIT_FSIZE: no file of the process may grow past the limit, as on a nearly full disk (EFBIG).
    const limitKb = Math.ceil(fs.statSync(db).size / 1024) + 400;
    const run = spawnSync('bash', ['-c', `ulimit -f ${limitKb} && exec "$0" "$@"`, process.execPath, distFile('cli.js'), '--db', db, 'process', '--concurrency', '2'], { encoding: 'utf8', timeout: 180_000 });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, new RegExp(`Saving the CV queue database ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} failed: .*Free at least \\d+ MB of disk space`));
    const onDisk = /On disk: (\d+) completed, (\d+) failed, (\d+) still to process\./.exec(run.stdout);
    assert.ok(onDisk, run.stdout);
    assert.doesNotMatch(run.stdout, /Processed \d+ CVs/, 'no summary of results that are not on disk');
    assert.deepEqual(fs.readdirSync(tmp()).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');

    const status = JSON.parse((await runCli(['--db', db, 'status', '--json'])).stdout) as { counts: Record<string, number> };
    assert.equal(status.counts.completed, Number(onDisk[1]), 'the completed count printed is the one on disk');
    assert.equal(status.counts.queued + status.counts.processing, Number(onDisk[3]));
    assert.ok(Number(onDisk[3]) > 0, 'the limit stopped the run before the end');

    const rerun = await runCli(['--db', db, 'process', '--concurrency', '2']);
    assert.equal(rerun.code, 0, rerun.stderr);
    const after = JSON.parse((await runCli(['--db', db, 'status', '--json'])).stdout) as { counts: Record<string, number> };
    assert.equal(after.counts.completed, CVS, 'no CV was lost');
  });
});
