import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CvRecord } from '../../src/core/queue/cvRecord';
import type { QueueNode } from '../../src/extension/views/queueNodes';
import { createTestDatabase, pgUnavailable, stopTestPgServer } from '../unit/helpers/postgresServer';
import { extensionRoot, hasParser, resetQueue, samsara, setSetting, waitFor, writeFiles } from './helpers';

const cv = (name: string): string => `${name} Candidate\n${name.toLowerCase()}@example.com\n\nExperience\nEngineer at Acme, 2019 - 2024\n\nSkills\nTypeScript, PostgreSQL\n`;

/** `samsara` run as another machine would: its own process and folder, the same team database. */
function samsaraCli(cwd: string, args: string[]): Promise<string> {
  const cli = path.join(extensionRoot(), 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (err, stdout, stderr) =>
      err ? reject(new Error(`samsara ${args.join(' ')} failed: ${stderr || err.message}`)) : resolve(stdout));
  });
}

describe('a team queue shared with another machine', function () {
  this.timeout(180_000);
  let url = '';
  let drop: (() => Promise<void>) | undefined;
  let elsewhere = '';

  before(async function () {
    this.timeout(120_000); // initdb on a loaded machine
    const why = await pgUnavailable();
    if (why && process.env.CI) throw new Error(`The team queue test cannot run: ${why}`);
    if (why || !hasParser()) return this.skip();
    ({ url, drop } = await createTestDatabase());
    elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'samsara-other-machine-'));
  });

  after(async () => {
    if (!drop) return;
    await setSetting('database', undefined);
    await setSetting('userName', undefined);
    const api = await samsara();
    await waitFor('the embedded queue', () => !api.filter.description?.startsWith('Team:'));
    await drop();
    stopTestPgServer();
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });

  const rowsOf = async (status: CvRecord['status']): Promise<CvRecord[]> => {
    const api = await samsara();
    const group = (await api.tree.getChildren()).find((g) => g.kind === 'group' && g.status === status);
    if (!group) return [];
    return (await api.tree.getChildren(group)).flatMap((n: QueueNode) => (n.kind === 'cv' ? [n.cv] : []));
  };

  it('shows what the other machine queues and completes, live, with who queued it; and the other machine parses what the window queued', async () => {
    await setSetting('userName', 'maria');
    await setSetting('database', url);
    const api = await samsara();
    await waitFor('the view to name the team database', () => api.filter.description?.startsWith('Team:'));
    await resetQueue(api); // paused: the other machine does the parsing

    // The other machine queues two CVs: the view hears of them without being asked to refresh.
    const theirs = path.join(elsewhere, 'incoming');
    fs.mkdirSync(theirs);
    for (const name of ['Ada', 'Bob']) fs.writeFileSync(path.join(theirs, `${name}.txt`), cv(name));
    await samsaraCli(elsewhere, ['--db', url, 'enqueue', '--queued-by', 'rita', theirs]);
    await waitFor('the two queued CVs in the counts', () => api.tree.counts.all.queued === 2);
    const queued = await rowsOf('queued');
    assert.deepEqual(queued.map((c) => c.fileName).sort(), ['Ada.txt', 'Bob.txt']);
    const item = api.tree.resolveTreeItem(api.tree.getTreeItem({ kind: 'cv', cv: queued[0] } as QueueNode), { kind: 'cv', cv: queued[0] } as QueueNode);
    assert.match(String((item.tooltip as vscode.MarkdownString).value), /Queued by: rita/);

    await samsaraCli(elsewhere, ['--db', url, 'process']);
    await waitFor('the two completed CVs in the counts', () => api.tree.counts.all.completed === 2 && api.tree.counts.all.queued === 0);
    const completed = await rowsOf('completed');
    assert.deepEqual(completed.map((c) => c.candidateName).sort(), ['Ada Candidate', 'Bob Candidate']);

    // The window queues a CV; the other machine, where its path means nothing, parses the stored bytes.
    const [mine] = writeFiles('team', { 'Cyd.txt': cv('Cyd') });
    await vscode.commands.executeCommand('samsara.addToQueue', vscode.Uri.file(mine), [vscode.Uri.file(mine)]);
    const added = (await rowsOf('queued')).find((c) => c.fileName === 'Cyd.txt');
    assert.equal(added?.enqueuedBy, 'maria');
    fs.rmSync(mine);
    const status = JSON.parse(await samsaraCli(elsewhere, ['--db', url, 'status', '--json'])) as { cvs: { file_name: string; status: string }[] };
    assert.equal(status.cvs.find((c) => c.file_name === 'Cyd.txt')?.status, 'queued', 'the other machine sees the window\'s CV');
    await samsaraCli(elsewhere, ['--db', url, 'process']);
    await waitFor('the window\'s CV completed by the other machine', () => api.tree.counts.all.completed === 3);
    const done = (await rowsOf('completed')).find((c) => c.fileName === 'Cyd.txt');
    assert.equal(done?.candidateName, 'Cyd Candidate');
    assert.equal(done?.enqueuedBy, 'maria');
  });
});
