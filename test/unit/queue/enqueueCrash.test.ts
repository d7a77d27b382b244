import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { repoRoot, useTmpDir } from '../helpers/tmp';

/**
 * Runs the enqueue loop until killed with SIGKILL `killAfterMs` after it is ready (or, with
 * `afterFirstAck`, after its first acknowledgement, so a slow machine still kills mid-stream).
 */
function runAndKill(dbPath: string, cvFile: string, killAfterMs: number, afterFirstAck: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot(), 'out/test/unit/helpers/enqueueLoop.js'), dbPath, cvFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      const mark = afterFirstAck ? 'ack ' : 'ready';
      const first = !out.includes(mark);
      out += d;
      if (first && out.includes(mark)) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${err}`));
      else resolve([...out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1]));
    });
  });
}

describe('enqueue under SIGKILL', function () {
  this.timeout(120_000);
  const tmp = useTmpDir();

  it('keeps every acknowledged CV across 50 kills at random moments, and the file always opens', async () => {
    const dbPath = path.join(tmp(), 'samsara.db');
    const cvFile = path.join(tmp(), 'cv.txt');
    fs.writeFileSync(cvFile, 'Jane Doe\njane@example.com\n');
    const acknowledged: string[] = [];
    for (let i = 0; i < 50; i++) {
      acknowledged.push(...(await runAndKill(dbPath, cvFile, Math.floor(Math.random() * 200), i % 2 === 1)));
      const storage = await openSqlJsStorage(dbPath);
      const present = new Set((await storage.cvs.listAll()).map((c) => c.id));
      const lost = acknowledged.filter((id) => !present.has(id));
      assert.deepEqual(lost, [], `kill ${i + 1}: acknowledged CVs missing`);
      await storage.close();
    }
    assert.ok(acknowledged.length >= 25, `the children acknowledged only ${acknowledged.length} enqueues`);
  });
});
