import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { VIEW_ID } from '../../../src/extension/ids';
import { repoRoot } from '../helpers/tmp';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

describe("the CV Queue view's title bar", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuEntry[]> } };
  const entries = manifest.contributes.menus['view/title'].filter((m) => m.when?.includes(`view == ${VIEW_ID}`));

  it('shows at most four actions (add, pause or resume, find, filter), so the view keeps its name', () => {
    const navigation = entries.filter((m) => m.group?.startsWith('navigation'));
    // Entries sharing a place take turns (Pause or Resume), so places are what the bar shows.
    const places = new Map<string, string[]>();
    for (const m of navigation) places.set(m.group ?? '', [...(places.get(m.group ?? '') ?? []), m.command]);
    assert.ok(places.size <= 4, `${places.size} actions on the title bar`);
    assert.deepEqual([...places.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, commands]) => commands.sort()), [
      ['samsara.addFiles'], ['samsara.pause', 'samsara.resume'], ['samsara.findCv'], ['samsara.clearProjectFilter', 'samsara.filterByProject'],
    ]);
  });

  it('keeps every other action in its … menu', () => {
    const more = entries.filter((m) => !m.group?.startsWith('navigation')).map((m) => m.command);
    for (const command of ['samsara.refresh', 'samsara.retryAllFailed', 'samsara.clearCompleted', 'samsara.exportCvs']) assert.ok(more.includes(command), command);
  });
});
