// Child process for the crash test: enqueues CVs one at a time and prints each id once its
// enqueue has returned (the acknowledgement), until it is killed.
import { Store } from '../../../src/core/db/store';
import { enqueuePaths } from '../../../src/core/queue/enqueue';
import { CvRepository } from '../../../src/core/queue/repository';

async function loop(dbPath: string, file: string): Promise<void> {
  const store = await Store.open(dbPath);
  const cvs = new CvRepository(store);
  process.stdout.write('ready\n');
  for (;;) {
    const result = await enqueuePaths(store, cvs, [file], { force: true });
    process.stdout.write(`ack ${result.queued[0].id}\n`);
  }
}

void loop(process.argv[2], process.argv[3]);
