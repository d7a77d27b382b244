import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from '../../../src/core/db/errors';
import { silentLogger } from '../../../src/core/logger';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { useTmpDir } from '../helpers/tmp';

describe('opening the embedded queue database', () => {
  const tmp = useTmpDir();
  const junk = Buffer.from('this is not a database, it is a note someone saved as samsara.db\n'.repeat(4));

  it('moves a file that is not a database aside when the user agrees, keeping it, and starts fresh', async () => {
    const file = path.join(tmp(), 'samsara.db');
    fs.writeFileSync(file, junk);
    const asked: string[] = [];
    const storage = await openSqlJsStorage(file, {
      logger: silentLogger,
      confirmMoveAside: async (message) => {
        asked.push(message);
        return true;
      },
    });
    try {
      assert.equal(asked.length, 1);
      assert.match(asked[0], /is not a Samsara CV Queue database/);
      assert.deepEqual(await storage.cvs.countByStatus(), { queued: 0, processing: 0, completed: 0, failed: 0 });
      const kept = fs.readdirSync(tmp()).filter((n) => n.startsWith('samsara.db.unreadable-'));
      assert.equal(kept.length, 1);
      assert.deepEqual(fs.readFileSync(path.join(tmp(), kept[0])), junk);
    } finally {
      await storage.close();
    }
  });

  it('leaves the file alone and reports the error when the user declines', async () => {
    const file = path.join(tmp(), 'samsara.db');
    fs.writeFileSync(file, junk);
    await assert.rejects(openSqlJsStorage(file, { logger: silentLogger, confirmMoveAside: async () => false }), (err: unknown) => err instanceof DatabaseError && err.code === 'NOT_A_DATABASE');
    assert.deepEqual(fs.readFileSync(file), junk);
    assert.deepEqual(fs.readdirSync(tmp()).filter((n) => n !== 'samsara.db' && !n.endsWith('.lock')), []);
  });
});
