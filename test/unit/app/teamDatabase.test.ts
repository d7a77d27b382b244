import assert from 'node:assert/strict';
import { parseDatabaseSetting, passwordKey, splitPassword, teamLabel, withPassword } from '../../../src/core/app/teamDatabase';

describe('the team database setting', () => {
  it('reads "embedded", an empty value and a postgres:// URL', () => {
    assert.deepEqual(parseDatabaseSetting('embedded'), { kind: 'embedded' });
    assert.deepEqual(parseDatabaseSetting(''), { kind: 'embedded' });
    assert.deepEqual(parseDatabaseSetting('postgres://rita@db.example.com:5433/hiring'), {
      kind: 'team', url: 'postgres://rita@db.example.com:5433/hiring', label: 'hiring on db.example.com:5433',
    });
  });

  it('refuses a URL with a password, and anything that is not a postgres:// URL', () => {
    assert.match((parseDatabaseSetting('postgres://rita:secret@db/hiring') as { problem: string }).problem, /must not contain a password/);
    assert.ok('problem' in parseDatabaseSetting('/home/rita/queue.db'));
    assert.ok('problem' in parseDatabaseSetting('postgres://'));
  });

  it('never shows credentials in the label, and takes a password typed into the URL out of it', () => {
    assert.equal(teamLabel('postgres://rita:secret@db:5432/hiring'), 'hiring on db:5432');
    const split = splitPassword('postgres://rita:s%40cret@db/hiring');
    assert.deepEqual(split, { url: 'postgres://rita@db/hiring', password: 's@cret' });
    assert.equal(withPassword(split.url, split.password), 'postgres://rita:s%40cret@db/hiring');
    assert.equal(withPassword(split.url, undefined), split.url);
    assert.ok(!passwordKey(split.url).includes('cret'));
  });
});
