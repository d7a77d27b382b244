import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { latestVersion, migrations, runMigrations, userVersion } from '../../src/core/db/migrations';
import { silentLogger } from '../../src/core/logger';
import { loadSqlite } from '../../src/core/db/sqlite';
import { EXTENSION_ID, samsara } from './helpers';
import * as vscode from 'vscode';

describe('activation', () => {
  it('does not activate on start-up and opens no database when activated', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    assert.equal(ext.isActive, false, 'nothing has asked for the queue yet');
    const api = await samsara();
    assert.match(api.dbFile, /workspaceStorage.*samsara\.db$/);
    assert.equal(api.app.isOpen, false, 'the database is opened on first use only');
    assert.equal(fs.existsSync(api.dbFile), false);
  });

  it('creates the database in the workspace storage on first use and migrates an older one', async () => {
    const api = await samsara();
    // A database from before the queue existed, with one parsed CV in it.
    const SQL = await loadSqlite();
    const old = new SQL.Database();
    runMigrations(old, silentLogger, [migrations[0]]);
    old.run(`INSERT INTO cvs (id, file_path, file_name, created_at, updated_at) VALUES ('old-1', '/cvs/old.pdf', 'old.pdf', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`);
    fs.mkdirSync(path.dirname(api.dbFile), { recursive: true });
    fs.writeFileSync(api.dbFile, old.export());
    old.close();

    const groups = await api.tree.getChildren();
    assert.deepEqual(groups.map((g) => (g.kind === 'group' ? `${g.status}:${g.count}` : g.kind)), ['queued:0', 'processing:0', 'completed:1', 'failed:0']);
    const onDisk = new SQL.Database(fs.readFileSync(api.dbFile));
    try {
      assert.equal(userVersion(onDisk), latestVersion);
      assert.equal(onDisk.exec(`SELECT status FROM cvs WHERE id = 'old-1'`)[0]?.values[0]?.[0], 'completed');
    } finally {
      onDisk.close();
    }
    assert.ok(api.app.isOpen, 'the store is open now');
  });

  it('registers every command the manifest contributes, and menus name only those', async () => {
    await samsara();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { commands: { command: string }[]; menus: Record<string, { command: string }[]> };
    };
    const contributed = manifest.contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
    const inMenus = Object.values(manifest.contributes.menus).flat().map((m) => m.command);
    assert.deepEqual(inMenus.filter((id) => !contributed.includes(id)), []);
  });
});
