import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { runCli, thirtyCvs } from '../helpers/cli';
import { distFile, useTmpDir } from '../helpers/tmp';

/**
 * Starts `process`; once the first CV is done sends a signal, and the second as soon as the
 * first is acknowledged (two sent at once may arrive as one).
 */
function processWithTwoSignals(db: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distFile('cli.js'), '--db', db, 'process', '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let sent = 0;
    const onData = (d: Buffer): void => {
      output += d.toString('utf8');
      if (sent === 0 && /^(completed|failed)/m.test(output)) {
        sent++;
        child.kill(signal);
      } else if (sent === 1 && output.includes('Ctrl-C again to stop now')) {
        sent++;
        child.kill(signal);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, output }));
  });
}

describe('samsara process and a second signal (the built CLI)', function () {
  this.timeout(120_000);
  const tmp = useTmpDir();

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`a second ${signal} stops now, saves, and leaves no CV processing`, async () => {
      const db = path.join(tmp(), 'q.db');
      const { files } = thirtyCvs(path.join(tmp(), 'cvs'));
      assert.equal((await runCli(['--db', db, 'enqueue', path.join(tmp(), 'cvs')])).code, 0);
      const run = await processWithTwoSignals(db, signal);
      assert.equal(run.signal, null, `killed by ${String(run.signal)} instead of stopping cleanly`);
      assert.equal(run.code, 130);
      assert.match(run.output, /Stopping now; unfinished CVs go back to the queue/);
      const store = await Store.open(db, { readOnly: true });
      const rows = store.db.exec('SELECT status, COUNT(*) FROM cvs GROUP BY status')[0].values;
      await store.close();
      const counts = Object.fromEntries(rows.map(([s, n]) => [String(s), Number(n)]));
      assert.equal(counts.processing, undefined);
      assert.ok((counts.queued ?? 0) > 0, 'unfinished CVs went back to the queue');
      assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), files.length);
    });
  }
});
