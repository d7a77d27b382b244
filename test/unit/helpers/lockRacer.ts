// Child process for the lock race test: on "go <time>" it waits for that moment (so every racer
// starts together), tries to take the lock, and answers "got" or "locked"; on "release" it lets go.
import readline from 'node:readline';
import { DatabaseError } from '../../../src/core/db/errors';
import { FileLock } from '../../../src/core/db/lock';

const lockPath = process.argv[2];
let held: FileLock | undefined;

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, at] = line.split(' ');
  if (command === 'go') {
    while (Date.now() < Number(at)) {
      // Spin rather than sleep: a timer would wake each racer at a slightly different moment.
    }
    const lock = new FileLock(lockPath);
    try {
      lock.acquire();
      held = lock;
      process.stdout.write('got\n');
    } catch (err) {
      process.stdout.write(err instanceof DatabaseError && err.code === 'LOCKED' ? 'locked\n' : `error ${String(err)}\n`);
    }
  } else if (command === 'release') {
    held?.release();
    held = undefined;
    process.stdout.write('released\n');
  }
});
