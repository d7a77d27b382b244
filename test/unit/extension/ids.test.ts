import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { COMMAND_IDS, CONTEXT_KEYS, VIEW_CONTAINER_ID, VIEW_ID } from '../../../src/extension/ids';
import { repoRoot } from '../helpers/tmp';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; when?: string }[];
  };
}

describe('the ids module', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as Manifest;

  it('names exactly the commands package.json contributes', () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(COMMAND_IDS).sort());
  });

  it('names the view, and every context key the menus and welcome views read', () => {
    assert.deepEqual(Object.keys(manifest.contributes.views), [VIEW_CONTAINER_ID]);
    assert.deepEqual(manifest.contributes.views[VIEW_CONTAINER_ID].map((v) => v.id), [VIEW_ID]);
    const whens = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.viewsWelcome].map((m) => m.when ?? '');
    const keys = new Set(whens.flatMap((w) => w.match(/\bsamsara\.[A-Za-z]+\b/g) ?? []).filter((k) => k !== VIEW_ID && !k.startsWith('samsara-')));
    assert.deepEqual([...keys].sort(), Object.values(CONTEXT_KEYS).sort());
  });
});
