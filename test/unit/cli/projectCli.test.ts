import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { describeEachBackend, useQueueLocation } from '../helpers/queueBackends';

describeEachBackend('samsara project (the built CLI)', (backend) => {
  const queue = useQueueLocation(backend);
  const tmp = queue.dir;

  it('creates, lists, renames and deletes projects', async () => {
    const db = queue.location();
    const cvDir = path.join(tmp(), 'cvs');
    fs.mkdirSync(cvDir);
    for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(cvDir, `${n}.txt`), `CV ${n}`);
    const cli = (...args: string[]) => runCli(['--db', db, ...args]);

    assert.equal((await cli('project', 'create', 'Backend Berlin')).stdout, 'Created project "Backend Berlin".\n');
    const dup = await cli('project', 'create', 'backend berlin');
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /A project named "Backend Berlin" already exists\./);
    assert.equal((await cli('enqueue', '--project', 'Backend Berlin', cvDir)).code, 0);
    assert.equal((await cli('enqueue', path.join(cvDir, 'a.txt'))).code, 0);

    const listed = await cli('project', 'list');
    assert.equal(listed.stdout, 'Backend Berlin     3 CVs  (3 queued)\n(1 CV without a project)\n');
    const json = JSON.parse((await cli('project', 'list', '--json')).stdout) as { projects: { created_at: string }[] };
    assert.ok(!Number.isNaN(Date.parse(json.projects[0].created_at)));
    assert.deepEqual(json, {
      projects: [{ name: 'Backend Berlin', created_at: json.projects[0].created_at, cvs: 3, counts: { queued: 3, processing: 0, completed: 0, failed: 0 } }],
      without_project: 1,
    });

    assert.equal((await cli('project', 'rename', 'Backend Berlin', 'Backend Munich')).stdout, 'Renamed project "Backend Berlin" to "Backend Munich".\n');
    assert.equal((await cli('project', 'create', 'Design')).code, 0);
    assert.match((await cli('project', 'rename', 'Design', 'backend munich')).stderr, /already exists/);
    assert.equal((await cli('project', 'delete', 'Backend Munich')).stdout, 'Deleted project "Backend Munich" and kept its 3 CVs without a project.\n');
    const status = JSON.parse((await cli('status', '--json')).stdout) as { cvs: { project: string | null }[] };
    assert.equal(status.cvs.length, 4);
    assert.ok(status.cvs.every((c) => c.project === null));
  });

  it('deletes a project with its CVs on --remove-cvs and reports usage mistakes', async () => {
    const db = queue.location();
    const cv = path.join(tmp(), 'cv.md');
    fs.writeFileSync(cv, '# Jane');
    const cli = (...args: string[]) => runCli(['--db', db, ...args]);
    await cli('enqueue', '--project', 'Temp', cv);
    await cli('enqueue', cv);
    assert.equal((await cli('project', 'delete', 'Temp', '--remove-cvs')).stdout, 'Deleted project "Temp" and deleted its 1 CV.\n');
    assert.equal(JSON.parse((await cli('status', '--json')).stdout).cvs.length, 1);
    const missing = await cli('project', 'delete', 'Temp');
    assert.deepEqual([missing.code, missing.stderr.trim()], [1, 'samsara: No project named "Temp".']);
    for (const args of [['project'], ['project', 'explode'], ['project', 'rename', 'only-one'], ['project', 'create', 'X', '--remove-cvs']]) {
      const r = await cli(...args);
      assert.equal(r.code, 2, `${args.join(' ')} is a usage mistake`);
      assert.match(r.stderr, /Run "samsara project --help" for usage\./);
    }
    assert.equal((await cli('project', 'list')).stdout, 'No projects.\n(1 CV without a project)\n');
  });
}, 90_000);
