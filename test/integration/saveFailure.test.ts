import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import { hasParser, resetQueue, samsara, waitFor, writeFiles } from './helpers';

const CVS = 60;

/** A plain-text CV whose parsed result grows the database by tens of kilobytes. */
function cvText(i: number): string {
  const filler = Array.from({ length: 300 }, (_, k) => `Delivered project ${i}-${k} on time and within budget for the client.`).join('\n');
  return `Candidate Number${i}\ncandidate${i}@example.com\n\nExperience\nEngineer, Acme GmbH\n2019 - 2021\n${filler}\n`;
}

/**
 * RLIMIT_FSIZE of this extension host (the store's thread is in it): no file may grow past
 * `bytes`, as on a nearly full disk (EFBIG). Only the soft limit, so it can be lifted again.
 */
function limitFileSize(bytes: number | 'unlimited'): boolean {
  return spawnSync('prlimit', ['--pid', String(process.pid), `--fsize=${bytes}:`]).status === 0;
}

describe('a queue database that cannot be saved', function () {
  this.timeout(240_000);
  before(function () {
    if (!hasParser() || process.platform !== 'linux' || !limitFileSize('unlimited')) this.skip();
  });
  after(async () => {
    limitFileSize('unlimited');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('pauses processing, says once which file and why with Retry, and loses nothing once it saves again', async () => {
    const api = await samsara();
    await resetQueue(api);
    const files = writeFiles('saveFailure', Object.fromEntries(Array.from({ length: CVS }, (_, i) => [`cv-${i}.txt`, cvText(i)])));
    const uris = files.map((f) => vscode.Uri.file(f));
    assert.equal((await vscode.commands.executeCommand<EnqueueResult>('samsara.addToQueue', uris[0], uris)).queued.length, CVS);
    await api.storage?.flush();
    // Below the file's own size: the next save fails however many free pages earlier tests left.
    assert.ok(limitFileSize(Math.floor(fs.statSync(api.dbFile).size / 2)));

    await vscode.commands.executeCommand('samsara.resume');
    const failure = await waitFor('a failed save', () => api.app.saveFailure, 180_000);
    const escaped = api.dbFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(failure, new RegExp(`^Saving the CV queue database ${escaped} failed: .*Free at least \\d+ MB of disk space`));
    assert.ok(api.app.isPaused, 'no CV is taken while results cannot be saved');
    assert.ok(api.saveNotice.shownMessage?.startsWith(failure), api.saveNotice.shownMessage);
    assert.match(api.saveNotice.shownMessage ?? '', /Processing is paused until the database can be saved/);
    await waitFor('the status bar to say so', () => /not saved/.test(api.status.text));
    assert.match(api.status.tooltip, /paused/);

    assert.equal(await api.saveNotice.retry(), false, 'the disk is still full');
    assert.ok(api.saveNotice.shownMessage?.startsWith(failure), 'still the one notification');
    await waitFor('the running CVs to finish', () => api.app.activeCount === 0, 120_000);
    const inMemory = await api.app.counts();
    assert.equal(inMemory.queued + inMemory.processing + inMemory.completed + inMemory.failed, CVS);
    assert.ok(inMemory.queued > 0, 'the pause came before the end of the queue');

    limitFileSize('unlimited');
    assert.equal(await api.saveNotice.retry(), true);
    assert.equal(api.app.saveFailure, undefined);
    await waitFor('processing to go on by itself', () => !api.app.isPaused);
    await api.app.whenDrained();
    await api.app.flush();
    assert.equal((await api.app.saveState())?.saved.completed, CVS, 'every CV is completed in the file on disk');
    await waitFor('the status bar to recover', () => !/not saved/.test(api.status.text));
  });
});
