import assert from 'node:assert/strict';
import { type Migration, latestVersion, migrations, runMigrations, userVersion } from '../../../src/core/db/migrations';
import { loadSqlite } from '../../../src/core/db/sqlite';
import { silentLogger } from '../../../src/core/logger';

describe('the migration runner', () => {
  it('takes versions out of order and with gaps, applying each newer one once', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    try {
      const later: Migration = { version: latestVersion + 2, up: (d) => d.run('CREATE TABLE later_step (x INTEGER)') };
      // a list merged from several lines of work: a gap before the newest step, and not sorted
      assert.equal(runMigrations(db, silentLogger, [later, ...migrations]), migrations.length + 1);
      assert.equal(userVersion(db), latestVersion + 2);
      assert.equal(runMigrations(db, silentLogger, [later, ...migrations]), 0);
      const tables = db.exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('cv_files', 'later_step') ORDER BY name`)[0]?.values.flat();
      assert.deepEqual(tables, ['cv_files', 'later_step']);
    } finally {
      db.close();
    }
  });
});
