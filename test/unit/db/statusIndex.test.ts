import assert from 'node:assert/strict';
import path from 'node:path';
import type { Database } from 'sql.js';
import { all } from '../../../src/core/db/sql';
import { Store } from '../../../src/core/db/store';
import { SqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { useTmpDir } from '../helpers/tmp';

/** Every SQL text the connection prepares while `fn` runs. */
async function preparedDuring(db: Database, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = (sql, params) => {
    seen.push(sql);
    return prepare(sql, params);
  };
  try {
    await fn();
  } finally {
    db.prepare = prepare;
  }
  return [...new Set(seen)];
}

describe('the status indexes of the embedded store', () => {
  let store: Store | undefined;
  const tmp = useTmpDir(() => store?.close());

  it('keeps only the composite status index, and every query by status still uses an index', async () => {
    store = await Store.open(path.join(tmp(), 'samsara.db'));
    const indexes = all(store.db, `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cvs' AND sql IS NOT NULL`).map((r) => r.name);
    assert.deepEqual(indexes.filter((name) => String(name).includes('status')), ['idx_cvs_status_created']);

    const storage = new SqlJsStorage(store);
    const project = await storage.projects.create('Backend');
    await storage.cvs.insertQueuedCVs(Array.from({ length: 50 }, (_, i) => ({ filePath: `/cv-${i}.txt`, fileName: `cv-${i}.txt`, projectId: i % 2 ? project.id : undefined })));
    const queries = await preparedDuring(store.db, async () => {
      const claim = await storage.claims.claimNext();
      if (claim) await storage.claims.fail(claim.cv.id, claim.token, 'unreadable');
      await storage.cvs.countByStatus();
      await storage.cvs.countByStatus(project.id);
      await storage.cvs.listByStatus('queued', { limit: 10 });
      await storage.cvs.listByStatus('failed', { projectId: null });
      await storage.cvs.getQueuedCVsByProject();
      await storage.cvs.resetProcessingCVs();
      await storage.cvs.retryAllFailed();
    });
    const byStatus = queries.filter((q) => /\bstatus\s*(=|IN)/.test(q.split(/\bWHERE\b/)[1] ?? ''));
    assert.ok(byStatus.length >= 6, `${byStatus.length} queries by status`);
    for (const sql of byStatus) {
      const plan = all(store.db, `EXPLAIN QUERY PLAN ${sql}`).map((r) => String(r.detail));
      assert.ok(!plan.some((step) => /^SCAN (c|cvs)$/.test(step)), `${sql}\n${plan.join('\n')}`);
    }
  });
});
