import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../src/core/db/store';
import { commitEnqueue, planEnqueue } from '../src/core/queue/enqueue';
import { SqlJsStorage } from '../src/core/queue/sqljs/sqlJsStorage';
import { fmt, fsyncedWrite, row, timed, tmpDir } from './util';

/** Enqueue 10,000 files into a fresh database, beside the floor of the same work. */
export async function enqueueBench(count = 10_000): Promise<void> {
  console.log(`\nenqueue ${count} files into a fresh database`);
  const dir = tmpDir('enqueue');
  const cvDir = path.join(dir, 'cvs');
  fs.mkdirSync(cvDir);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(cvDir, `cv-${String(i).padStart(5, '0')}.txt`), `Candidate ${i}\n`);

  const store = await Store.open(path.join(dir, 'samsara.db'), { saveDelayMs: 60_000 });
  const storage = new SqlJsStorage(store);
  const savesBefore = store.saveTotalMs;
  const collect = await timed(() => planEnqueue(storage.cvs, [cvDir]));
  const { ms: commitMs, value: result } = await timed(() => commitEnqueue(storage, collect.value));
  const { saveTotalMs } = store;
  const save = { ms: saveTotalMs - savesBefore };
  const insert = { ms: commitMs - save.ms };
  if (result.queued.length !== count) throw new Error(`queued ${result.queued.length} of ${count}`);
  await store.close();
  const dbBytes = fs.statSync(path.join(dir, 'samsara.db')).size;

  const statFloor = await timed(async () => {
    for (const name of fs.readdirSync(cvDir)) {
      const file = path.join(cvDir, name);
      fs.statSync(file);
      fs.readFileSync(file);
    }
  });
  const writeFloor = fsyncedWrite(dir, dbBytes);
  const ours = collect.ms + insert.ms + save.ms;
  const floor = statFloor.ms + writeFloor;

  row('collect (readdir, sha-256 of each file, duplicates)', fmt(collect.ms));
  row('insert (one transaction)', fmt(insert.ms));
  row(`save (export + fsync, ${(dbBytes / 1e6).toFixed(1)} MB)`, fmt(save.ms));
  row('database time (insert + save; goal <= 150 ms)', fmt(insert.ms + save.ms));
  row('total enqueue', fmt(ours));
  row('baseline: stat + read every file + one fsynced write', fmt(floor));
  row('ratio database time / one fsynced write', `${((insert.ms + save.ms) / writeFloor).toFixed(2)}x`);
  row('ratio enqueue / baseline (goal <= 2x)', `${(ours / floor).toFixed(2)}x`);
  fs.rmSync(dir, { recursive: true, force: true });
}
