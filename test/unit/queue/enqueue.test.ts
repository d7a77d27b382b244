import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../../src/core/db/store';
import { enqueuePaths } from '../../../src/core/queue/enqueue';
import { ProjectRepository } from '../../../src/core/queue/projectRepository';
import { CvRepository } from '../../../src/core/queue/repository';
import { useTmpDir } from '../helpers/tmp';

describe('enqueuePaths', () => {
  let store: Store;
  let cvs: CvRepository;
  const tmp = useTmpDir(() => store.close());

  beforeEach(async () => {
    store = await Store.open(path.join(tmp(), 'db', 'samsara.db'));
    cvs = new CvRepository(store);
  });

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
    const result = await enqueuePaths(store, cvs, [path.join(tmp(), 'in'), single, path.join(tmp(), 'missing.pdf')]);
    assert.deepEqual(result.queued.map((q) => q.fileName), ['a.pdf', 'b.docx', 'c.TXT', 'e.md']);
    assert.deepEqual(result.unsupported.map((u) => path.basename(u)), ['notes.xlsx']);
    assert.deepEqual(result.unreadable.map((u) => u.reason), ['file not found']);
    // What is on disk right after the call (the store may not save again) already holds the CVs.
    fs.copyFileSync(path.join(tmp(), 'db', 'samsara.db'), path.join(tmp(), 'db', 'copy.db'));
    const copy = await Store.open(path.join(tmp(), 'db', 'copy.db'));
    assert.equal(new CvRepository(copy).countByStatus().queued, 4);
    await copy.close();
  });

  it('skips a file whose content is already queued in the same project, unless forced', async () => {
    const first = write('a.pdf', 'same bytes');
    const copy = write('renamed.pdf', 'same bytes');
    const other = write('other.pdf', 'other bytes');
    const r1 = await enqueuePaths(store, cvs, [first, copy]);
    assert.equal(r1.queued.length, 1);
    assert.deepEqual(r1.duplicates, [{ path: copy, existingId: r1.queued[0].id, existingName: 'a.pdf' }]);
    const r2 = await enqueuePaths(store, cvs, [copy, other]);
    assert.deepEqual(r2.queued.map((q) => q.fileName), ['other.pdf']);
    assert.equal(r2.duplicates[0].existingId, r1.queued[0].id);
    const project = new ProjectRepository(store).ensure('Backend Berlin');
    const r3 = await enqueuePaths(store, cvs, [copy], { projectId: project.id });
    assert.equal(r3.queued.length, 1, 'another project may hold the same CV');
    const r4 = await enqueuePaths(store, cvs, [copy], { force: true });
    assert.equal(r4.queued.length, 1);
    assert.equal(cvs.countByStatus().queued, 4);
  });
});
