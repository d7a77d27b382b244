// Child process for the crash test: enqueues CVs one at a time and prints each id once its
// enqueue has returned (the acknowledgement), until it is killed.
import { enqueuePaths } from '../../../src/core/queue/enqueue';
import { openSqlJsStorage } from '../../../src/core/queue/sqljs/sqlJsStorage';

async function loop(dbPath: string, file: string): Promise<void> {
  const storage = await openSqlJsStorage(dbPath);
  process.stdout.write('ready\n');
  for (;;) {
    const result = await enqueuePaths(storage, [file], { force: true });
    process.stdout.write(`ack ${result.queued[0].id}\n`);
  }
}

void loop(process.argv[2], process.argv[3]);
