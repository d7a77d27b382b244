import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import { resetQueue, samsara, setSetting, waitFor, writeFiles } from './helpers';

describe('lifecycle and settings', () => {
  after(async () => {
    await setSetting('autoStart', undefined);
    await setSetting('concurrency', undefined);
  });

  it('keeps the queue across deactivate and activate', async () => {
    const api = await samsara();
    await resetQueue(api);
    const files = writeFiles('keep', { 'ann.txt': 'Ann Example\nann@example.com', 'ben.txt': 'Ben Example\nben@example.com' });
    const result = await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
    const before = (await api.app.list()).map((cv) => `${cv.id}:${cv.status}`);
    assert.equal(result.queued.length, 2);
    await setSetting('autoStart', false);
    await api.restart();
    assert.equal(api.app.isOpen, false, 'the database is closed and opened again lazily');
    await api.app.open();
    assert.deepEqual((await api.app.list()).map((cv) => `${cv.id}:${cv.status}`), before);
    assert.equal(api.app.isPaused, true, 'autoStart off: the reopened queue waits');
  });

  it('applies autoStart when it changes, without a reload', async () => {
    const api = await samsara();
    await api.app.open();
    assert.equal(api.app.isPaused, true);
    await setSetting('autoStart', true);
    await waitFor('the worker to resume', () => !api.app.isPaused);
    await resetQueue(api);
  });

  it('applies a concurrency change to the running worker', async () => {
    const api = await samsara();
    await api.app.open();
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`c${i}.txt`, `Person ${i}\nperson${i}@example.com`]));
    const measure = async (concurrency: number, dir: string): Promise<number> => {
      await resetQueue(api);
      await setSetting('concurrency', concurrency);
      const paths = writeFiles(dir, files);
      await vscode.commands.executeCommand('samsara.addToQueue', vscode.Uri.file(paths[0]), paths.map((p) => vscode.Uri.file(p)));
      let most = 0;
      const sub = api.app.events.onDidChangeCv(() => (most = Math.max(most, api.app.activeCount)));
      await api.app.setPaused(false);
      await api.app.whenDrained();
      sub.dispose();
      return most;
    };
    assert.equal(await measure(1, 'conc1'), 1);
    assert.equal(await measure(3, 'conc3'), 3);
    await resetQueue(api);
  });

  it('shows an unusable view while another process holds the database, and recovers once it is free', async () => {
    const api = await samsara();
    await api.restart();
    const lock = `${api.dbFile}.lock`;
    fs.writeFileSync(lock, String(process.ppid)); // a live process that is not this one
    try {
      assert.deepEqual(await api.tree.getChildren(), []);
      await assert.rejects(api.app.open(), /in use by another process/);
      assert.equal(await vscode.commands.executeCommand('samsara.retryAllFailed'), undefined, 'the command reports the error instead of throwing');
    } finally {
      fs.rmSync(lock, { force: true });
    }
    await api.tree.getChildren();
    assert.ok(api.app.isOpen, 'the queue opens once the other process is gone');
  });
});
