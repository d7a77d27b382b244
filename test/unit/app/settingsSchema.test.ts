import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_SCHEMA } from '../../../src/core/app/settings';
import { repoRoot } from '../helpers/tmp';

interface Manifest {
  contributes: { configuration: { properties: Record<string, unknown> } };
}

describe('the settings schema', () => {
  it('is what package.json contributes: every key with its type, default, range and description', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as Manifest;
    const expected = Object.fromEntries(Object.entries(SETTINGS_SCHEMA).map(([key, spec]) => [`samsara.${key}`, spec]));
    assert.deepEqual(manifest.contributes.configuration.properties, JSON.parse(JSON.stringify(expected)));
  });
});
