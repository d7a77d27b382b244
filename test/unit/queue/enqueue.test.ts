import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { enqueuePaths } from '../../../src/core/queue/enqueue';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { useQueueDb } from '../helpers/queueDb';

describe('enqueuePaths', () => {
  const q = useQueueDb();
  const tmp = () => q.dir;

  function write(rel: string, content: string): string {
    const file = path.join(tmp(), rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  it('takes files and folders recursively, only CV types, and is on disk when it returns', async () => {
    write('in/a.pdf', 'A');
    write('in/sub/b.docx', 'B');
    write('in/sub/deeper/c.TXT', 'C');
    write('in/notes.xlsx', 'X');
    write('in/.hidden/d.pdf', 'D');
    const single = write('e.md', 'E');
    const result = await enqueuePaths(q.storage, [path.join(tmp(), 'in'), single, path.join(tmp(), 'missing.pdf')]);
    assert.deepEqual(result.queued.map((q) => q.fileName), ['a.pdf', 'b.docx', 'c.TXT', 'e.md']);
    assert.deepEqual(result.unsupported.map((u) => path.basename(u)), ['notes.xlsx']);
    assert.deepEqual(result.unreadable.map((u) => u.reason), ['file not found']);
    // What is on disk right after the call (the store may not save again) already holds the CVs.
    fs.copyFileSync(q.file, path.join(tmp(), 'copy.db'));
    const copy = await openSqlJsStorage(path.join(tmp(), 'copy.db'));
    assert.equal((await copy.cvs.countByStatus()).queued, 4);
    await copy.close();
  });

  it('skips a file whose content is already queued in the same project, unless forced', async () => {
    const first = write('a.pdf', 'same bytes');
    const copy = write('renamed.pdf', 'same bytes');
    const other = write('other.pdf', 'other bytes');
    const r1 = await enqueuePaths(q.storage, [first, copy]);
    assert.equal(r1.queued.length, 1);
    assert.deepEqual(r1.duplicates, [{ path: copy, existingId: r1.queued[0].id, existingName: 'a.pdf' }]);
    const r2 = await enqueuePaths(q.storage, [copy, other]);
    assert.deepEqual(r2.queued.map((q) => q.fileName), ['other.pdf']);
    assert.equal(r2.duplicates[0].existingId, r1.queued[0].id);
    const project = await q.projects.ensure('Backend Berlin');
    const r3 = await enqueuePaths(q.storage, [copy], { projectId: project.id });
    assert.equal(r3.queued.length, 1, 'another project may hold the same CV');
    const r4 = await enqueuePaths(q.storage, [copy], { force: true });
    assert.equal(r4.queued.length, 1);
    assert.equal((await q.cvs.countByStatus()).queued, 4);
  });
});
