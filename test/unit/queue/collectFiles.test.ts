import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_CV_BYTES, collectFiles } from '../../../src/core/queue/collectFiles';
import { MAX_FILE_BYTES } from '../../../src/core/parser/parseCv';
import { Store } from '../../../src/core/db/store';
import { enqueuePaths } from '../../../src/core/queue/enqueue';
import { SqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';
import { useTmpDir } from '../helpers/tmp';

const posix = process.platform !== 'win32';

describe('collectFiles', () => {
  const tmp = useTmpDir();
  const at = (rel: string) => path.join(tmp(), rel);

  function write(rel: string, content = rel): string {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), content);
    return at(rel);
  }
  const link = (target: string, rel: string) => fs.symlinkSync(target, at(rel));
  const names = (files: string[]) => files.map((f) => path.relative(tmp(), f));

  before(function () {
    if (!posix) this.skip();
  });

  it('walks each folder once, so links back up the tree end the walk instead of looping', async () => {
    write('outside/x.pdf');
    write('in/a.pdf');
    write('in/sub/b.pdf');
    link('..', 'in/sub/up');
    link('../..', 'in/sub/up2');
    const result = await collectFiles([at('in')]);
    assert.deepEqual(names(result.files), ['in/a.pdf', 'in/sub/b.pdf']);
    assert.deepEqual(result.unreadable, []);
    assert.deepEqual(result.skipped, { links: 2, notFiles: 0 });
  });

  it('follows links to folders only inside the chosen folder, and links to files anywhere', async () => {
    write('outside/x.pdf');
    write('outside/deep/y.pdf');
    write('in/real/c.pdf');
    fs.mkdirSync(at('in/sub'));
    link(at('outside/deep'), 'in/sub/away');
    link(at('in/real'), 'in/sub/alias');
    link(at('outside/x.pdf'), 'in/x-link.pdf');
    const result = await collectFiles([at('in')]);
    assert.deepEqual(names(result.files), ['in/real/c.pdf', 'in/x-link.pdf']);
    assert.deepEqual(result.skipped, { links: 2, notFiles: 0 }, 'the link out of the tree and the second way into real/');

    const both = await collectFiles([at('in'), at('in/real'), at('outside/deep')]);
    assert.deepEqual(names(both.files), ['in/real/c.pdf', 'in/x-link.pdf', 'outside/deep/y.pdf'], 'a folder chosen directly is walked, once');
  });

  it('skips FIFOs and devices with a reason when named, and counts them inside folders', async () => {
    write('in/a.pdf');
    execFileSync('mkfifo', [at('in/pipe.pdf')]);
    execFileSync('mkfifo', [at('fifo.pdf')]);
    const result = await collectFiles([at('in'), at('fifo.pdf'), '/dev/zero']);
    assert.deepEqual(names(result.files), ['in/a.pdf']);
    assert.deepEqual(result.unreadable, [
      { path: at('fifo.pdf'), reason: 'not a regular file' },
      { path: '/dev/zero', reason: 'not a regular file' },
    ]);
    assert.equal(result.skipped.notFiles, 1);
  });

  it('names a link that points to itself and a missing file, once each', async () => {
    link('self.pdf', 'self.pdf');
    const result = await collectFiles([at('self.pdf'), at('missing.pdf')]);
    assert.deepEqual(result.unreadable.map((u) => u.reason), ['a link that points to itself', 'file not found']);
  });

  it('refuses a file above the size limit at enqueue without hashing it (a sparse 20 GB file)', async () => {
    assert.equal(MAX_CV_BYTES, MAX_FILE_BYTES, 'the queue and the parser agree on the limit');
    const huge = at('in/huge.pdf');
    fs.mkdirSync(path.dirname(huge), { recursive: true });
    const fd = fs.openSync(huge, 'w');
    fs.ftruncateSync(fd, 20 * 2 ** 30);
    fs.closeSync(fd);
    write('in/ok.pdf');
    const store = await Store.open(at('db/q.db'));
    try {
      const result = await enqueuePaths(new SqlJsStorage(store), [at('in')]);
      assert.deepEqual(result.queued.map((q) => q.fileName), ['ok.pdf']);
      assert.deepEqual(result.unreadable, [{ path: huge, reason: 'too large (20 GB; the limit is 50 MB)' }]);
      assert.deepEqual(result.skipped, { links: 0, notFiles: 0 });
    } finally {
      await store.close();
    }
  });
});
