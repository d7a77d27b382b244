import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/core/export/exportCvs';
import type { EnqueueResult } from '../../src/core/queue/enqueue';
import type { SamsaraApi } from '../../src/extension/extension';
import type { QueueNode } from '../../src/extension/views/queueNodes';
import { copyFixtures, extensionRoot, hasParser, resetQueue, samsara, setSetting, waitFor, workspaceDir } from './helpers';

type Pick = vscode.QuickPick<vscode.QuickPickItem>;

/** Waits for the extension's quick pick or input box with this title, once the workbench shows it. */
async function prompt<T extends vscode.QuickInput = Pick>(api: SamsaraApi, title: string): Promise<T> {
  const input = await waitFor(`the "${title}" prompt`, () => api.prompt?.title === title && api.prompt, 10000);
  await new Promise((r) => setTimeout(r, 200)); // the workbench renders it after the extension shows it
  return input as T;
}

const labels = (pick: Pick) => pick.items.map((i) => i.label);
const command = (id: string) => vscode.commands.executeCommand(id);

/** Moves the real quick pick's selection down to `label` with the workbench's own commands, and accepts it. */
async function choose(pick: Pick, label: string): Promise<void> {
  for (let i = 0; i <= pick.items.length && pick.activeItems[0]?.label !== label; i++) {
    const before = pick.activeItems[0];
    await command('workbench.action.quickOpenSelectNext');
    await waitFor('the selection to move', () => pick.activeItems[0] !== before, 5000);
  }
  assert.equal(pick.activeItems[0]?.label, label);
  await command('workbench.action.acceptSelectedQuickOpenItem');
}

/** Types into the real input box and presses Enter. */
async function enter(box: vscode.InputBox, value: string): Promise<void> {
  box.value = value;
  await command('workbench.action.acceptSelectedQuickOpenItem');
}

function addToQueue(files: readonly string[]): Thenable<EnqueueResult | undefined> {
  return vscode.commands.executeCommand<EnqueueResult | undefined>('samsara.addToQueue', vscode.Uri.file(files[0]), files.map((f) => vscode.Uri.file(f)));
}

describe('projects, export and Find CV', () => {
  let asked: boolean | undefined;
  before(async () => {
    asked = vscode.workspace.getConfiguration('samsara').inspect<boolean>('askForProject')?.workspaceValue;
    await setSetting('askForProject', true);
    const api = await samsara();
    await resetQueue(api);
    await api.app.open();
    for (const p of await api.app.projects.list()) await api.app.projects.delete(p.id);
  });
  after(async () => {
    // Back to what the suite runs with (not the default): set in the user or workspace settings.
    await vscode.workspace.getConfiguration('samsara').update('askForProject', asked, vscode.ConfigurationTarget.Workspace);
    await waitFor('askForProject to be restored', () => vscode.workspace.getConfiguration('samsara').inspect('askForProject')?.workspaceValue === asked);
    await setSetting('groupByProject', undefined);
  });

  it('asks for the project when adding CVs: New project… with checked names, the last choice first, Escape queues nothing', async () => {
    const api = await samsara();
    await api.app.open();
    const [a, b, c, d] = copyFixtures('projects', ['cvs/cv-001-macchiato.pdf', 'cvs/cv-030-flat.docx', 'cvs/cv-035-orbit.md', 'cvs/cv-033-onepage.txt']);

    const first = addToQueue([a]);
    const pick = await prompt(api, 'Add to CV Queue');
    assert.deepEqual(labels(pick), ['No project', 'New project…']);
    await choose(pick, 'New project…');
    const box = await prompt<vscode.InputBox>(api, 'New Project');
    await enter(box, '   ');
    await waitFor('the empty name to be refused', () => box.validationMessage === 'A project needs a name.');
    assert.equal(api.prompt, box, 'the input box stays open');
    await enter(box, 'Backend Berlin');
    const queued = await first;
    const backend = await api.app.projects.findByName('Backend Berlin');
    assert.ok(backend, 'the project was created');
    assert.equal(queued?.queued[0].projectId, backend.id);

    const second = addToQueue([b]);
    const again = await prompt(api, 'Add to CV Queue');
    assert.deepEqual(labels(again), ['Backend Berlin', 'No project', 'New project…']);
    assert.match(again.items[0].description ?? '', /1 CV · last used/);
    assert.equal(again.activeItems[0]?.label, 'Backend Berlin', 'the last choice is preselected');
    await command('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal((await second)?.queued[0].projectId, backend.id);

    const before = (await api.app.list()).length;
    const dismissed = addToQueue([c]);
    await prompt(api, 'Add to CV Queue');
    await command('workbench.action.closeQuickOpen');
    assert.equal(await dismissed, undefined);
    assert.equal((await api.app.list()).length, before, 'Escape queues nothing');

    const duplicate = addToQueue([c]);
    await choose(await prompt(api, 'Add to CV Queue'), 'New project…');
    const named = await prompt<vscode.InputBox>(api, 'New Project');
    await enter(named, 'backend BERLIN');
    await waitFor('the taken name to be refused', () => named.validationMessage === 'A project named "Backend Berlin" already exists.');
    await command('workbench.action.closeQuickOpen');
    assert.equal(await duplicate, undefined);
    assert.equal((await api.app.projects.list()).length, 1);

    const none = addToQueue([c, d]);
    await choose(await prompt(api, 'Add to CV Queue'), 'No project');
    assert.deepEqual((await none)?.queued.map((cv) => cv.projectId), [undefined, undefined]);
  });

  it('uses the last project without asking when samsara.askForProject is off', async () => {
    const api = await samsara();
    await api.app.open();
    const [e, f] = copyFixtures('projects-quiet', ['cvs/cv-032-short.odt', 'cvs/cv-022-classic.pdf']);
    const chosen = addToQueue([e]);
    await choose(await prompt(api, 'Add to CV Queue'), 'Backend Berlin');
    await chosen;
    await setSetting('askForProject', false);
    try {
      const quiet = await addToQueue([f]);
      assert.equal(quiet?.queued[0].projectId, (await api.app.projects.findByName('Backend Berlin'))?.id);
    } finally {
      await setSetting('askForProject', true);
    }
    assert.deepEqual((await api.app.counts((await api.app.projects.require('Backend Berlin')).id)).queued, 4);
  });

  it('creates and renames projects, filters the tree to one (named in the view description) and groups it Project → Status', async () => {
    const api = await samsara();
    await api.app.open();
    const created = vscode.commands.executeCommand('samsara.newProject');
    await enter(await prompt<vscode.InputBox>(api, 'New Project'), 'Data Team');
    await created;
    const data = await api.app.projects.require('Data Team');
    const renamed = vscode.commands.executeCommand('samsara.renameProject', { kind: 'project', projectId: data.id, name: data.name, count: 0 });
    const box = await prompt<vscode.InputBox>(api, 'Rename "Data Team"');
    assert.equal(box.value, 'Data Team');
    await enter(box, 'Data Platform');
    await renamed;
    assert.equal((await api.app.projects.findByName('Data Platform'))?.id, data.id);

    const filtering = vscode.commands.executeCommand('samsara.filterByProject');
    const pick = await prompt(api, 'Filter by Project');
    assert.deepEqual(labels(pick), ['Backend Berlin', 'Data Platform', 'No project']);
    await choose(pick, 'Backend Berlin');
    assert.equal(await filtering, true);
    assert.equal(api.filter.description, 'Project: Backend Berlin');
    const groups = await api.tree.getChildren();
    assert.deepEqual(groups.map((g) => (g.kind === 'group' ? `${g.status}:${g.count}` : g.kind)), ['queued:4', 'processing:0', 'completed:0', 'failed:0']);
    const shown = await api.tree.getChildren(groups[0]);
    assert.deepEqual(shown.map((n) => (n.kind === 'cv' ? n.cv.projectName : '?')), Array(4).fill('Backend Berlin'));
    assert.equal(api.tree.getTreeItem(groups[0]).id, `group:${(await api.app.projects.require('Backend Berlin')).id}:queued:filled`);

    await vscode.commands.executeCommand('samsara.clearProjectFilter');
    assert.equal(api.filter.description, undefined);
    const all = await api.tree.getChildren();
    assert.equal(all[0].kind === 'group' && all[0].count, 6, 'every queued CV again');

    await setSetting('groupByProject', true);
    const projects = await api.tree.getChildren();
    const names = projects.map((n) => api.tree.getTreeItem(n));
    assert.deepEqual(names.map((i) => `${String(i.label)}:${String(i.description)}`), ['Backend Berlin:4', 'Data Platform:0', 'No project:2']);
    const noneGroups = await api.tree.getChildren(projects[2]);
    const noneQueued: QueueNode[] = await api.tree.getChildren(noneGroups[0]);
    assert.deepEqual(noneQueued.map((n) => (n.kind === 'cv' ? n.cv.fileName : '?')).sort(), ['cv-033-onepage.txt', 'cv-035-orbit.md']);
    await setSetting('groupByProject', undefined);
  });

  it('deletes a project keeping its CVs, or with them', async () => {
    const api = await samsara();
    await api.app.open();
    const platform = await api.app.projects.require('Data Platform');
    await api.app.cvs.enqueue(copyFixtures('projects-delete', ['cvs/cv-100-wordtabs.docx']), { projectId: platform.id });
    api.filter.set({ projectId: platform.id, name: platform.name });
    assert.equal(await vscode.commands.executeCommand('samsara.deleteProject', 'Data Platform', 'remove'), true);
    assert.equal(await api.app.projects.findByName('Data Platform'), undefined);
    assert.equal((await api.app.list()).some((cv) => cv.fileName === 'cv-100-wordtabs.docx'), false, 'its CV went with it');
    assert.equal(api.filter.current, undefined, 'the filter ends with its project');

    const scratch = await api.app.projects.create('Scratch');
    const [kept] = (await api.app.cvs.enqueue(copyFixtures('projects-keep', ['cvs/cv-110-classic.pdf']), { projectId: scratch.id })).queued;
    assert.equal(await vscode.commands.executeCommand('samsara.deleteProject', 'Scratch', 'keep'), true);
    assert.equal((await api.app.get(kept.id))?.projectId, undefined, 'its CV stays, without a project');
  });

  describe('with parsed CVs', function () {
    before(function () {
      if (!hasParser()) this.skip();
    });

    it('exports a project as CSV and every project as JSON Resume files that validate against the schema', async () => {
      const api = await samsara();
      await api.app.open();
      await vscode.commands.executeCommand('samsara.resume');
      await api.app.whenDrained();
      const backend = await api.app.projects.require('Backend Berlin');
      const completed = await api.app.page('completed', { projectId: backend.id });
      assert.equal(completed.length, 4, 'the real parser completed the sample CVs');

      const csvFile = path.join(workspaceDir(), 'exports', 'backend.csv');
      const exporting = vscode.commands.executeCommand<ExportResult>('samsara.exportCvs', { target: csvFile });
      const format = await prompt(api, 'Export CVs (1/3)');
      assert.deepEqual(labels(format), ['JSON Resume files', 'CSV for Excel', 'JSON']);
      await choose(format, 'CSV for Excel');
      await choose(await prompt(api, 'Export CVs (1/3): identity'), 'With the candidates’ identity');
      const scope = await prompt(api, 'Export CVs (2/3)');
      assert.deepEqual(labels(scope), ['All projects', 'Backend Berlin']);
      await choose(scope, 'Backend Berlin');
      const csvResult = await exporting;
      assert.equal(csvResult?.exported, 4);
      const text = fs.readFileSync(csvFile, 'utf8');
      assert.ok(text.startsWith('\uFEFF'), 'Excel reads it as UTF-8');
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      assert.equal(rows.length, 4);
      const emails: string[] = [];
      for (const cv of completed) emails.push((await api.app.parsed(cv.id))?.contact.email ?? '');
      const emailColumn = Object.keys(rows[0]).find((k) => /e-?mail/i.test(k)) ?? assert.fail(`no e-mail column in ${Object.keys(rows[0]).join(', ')}`);
      assert.deepEqual(rows.map((r) => r[emailColumn]).sort(), emails.sort());

      const folder = path.join(workspaceDir(), 'exports', 'resumes');
      const resumes = await vscode.commands.executeCommand<ExportResult>('samsara.exportCvs', { format: 'jsonresume', project: null, target: folder });
      const all = (await api.app.counts()).completed;
      assert.equal(resumes?.exported, all);
      assert.equal(fs.readdirSync(folder).filter((f) => f.endsWith('.json')).length, all);
      const schema = JSON.parse(fs.readFileSync(path.join(extensionRoot(), 'node_modules/@jsonresume/schema/schema.json'), 'utf8')) as object;
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      for (const file of resumes?.files ?? []) {
        const resume = JSON.parse(fs.readFileSync(file, 'utf8')) as { basics?: { name?: string } };
        assert.ok(validate(resume), `${path.basename(file)}: ${JSON.stringify(validate.errors)}`);
      }
      const names: (string | undefined)[] = [];
      for (const cv of completed) names.push((await api.app.parsed(cv.id))?.contact.name);
      const named = names.find(Boolean) ?? assert.fail('no parsed name');
      const resume = resumes?.files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as { basics?: { name?: string } }).find((r) => r.basics?.name === named);
      assert.ok(resume, `a file for ${named}`);
    });

    it('finds a completed CV by its e-mail and opens its result', async () => {
      const api = await samsara();
      await api.app.open();
      const all = [];
      for (const cv of await api.app.page('completed')) all.push({ cv, parsed: await api.app.parsed(cv.id) });
      const target = all.find((x) => x.parsed?.contact.name && x.parsed.skills.length);
      assert.ok(target?.parsed, 'a parsed CV with a name and skills');
      const finding = vscode.commands.executeCommand<string>('samsara.findCv');
      const pick = await prompt(api, 'Find CV');
      assert.equal(pick.items.length, (await api.app.counts()).completed);
      const name = target.parsed.contact.name ?? '';
      const email = target.parsed.contact.email;
      pick.value = email ?? name;
      await waitFor(`${name} to be the first match`, () => pick.activeItems[0]?.label === name, 5000);
      await command('workbench.action.acceptSelectedQuickOpenItem');
      assert.equal(await finding, target.cv.id);
      assert.equal(api.reviews.get(target.cv.id)?.panel.title, `Review: ${name}`, 'its review panel is open');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
});
