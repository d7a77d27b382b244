import { createInterface } from 'node:readline/promises';
import { type CliIo, UsageError } from './context';

/** A yes/no question on the terminal; undefined when stdin is not one (nobody could answer). */
export function terminalAsk(): ((question: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
    } finally {
      rl.close();
    }
  };
}

/**
 * Asks before something that cannot be undone. Without a terminal a script must say --yes:
 * guessing would either delete unasked or silently do nothing.
 */
export async function confirmed(io: CliIo, yes: boolean | undefined, question: string): Promise<boolean> {
  if (yes) return true;
  if (!io.ask) throw new UsageError('This deletes data for good: confirm on a terminal, or add --yes.');
  return io.ask(question);
}
