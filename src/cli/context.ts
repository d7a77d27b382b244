import path from 'node:path';
import { Store } from '../core/db/store';
import type { Logger } from '../core/logger';
import { ProjectRepository } from '../core/queue/projectRepository';
import { CvRepository } from '../core/queue/repository';

/** A usage mistake: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Writes text to stdout as it is (no newline added): for documents such as a CSV export. */
  write?(text: string): void;
  isTty: boolean;
}

export interface CliContext {
  dbPath: string;
  io: CliIo;
  logger: Logger;
}

export interface OpenQueue {
  store: Store;
  cvs: CvRepository;
  projects: ProjectRepository;
}

export const DEFAULT_DB = path.join('.samsara', 'samsara.db');

/** Opens the database for one command and always closes (flushes) it, also when the command throws. */
export async function withQueue<T>(ctx: CliContext, fn: (q: OpenQueue) => Promise<T>): Promise<T> {
  const store = await Store.open(ctx.dbPath, { logger: ctx.logger });
  try {
    return await fn({ store, cvs: new CvRepository(store), projects: new ProjectRepository(store) });
  } finally {
    await store.close();
  }
}

export function stderrLogger(io: CliIo, verbose: boolean): Logger {
  return {
    trace: (m) => verbose && io.err(m),
    info: (m) => verbose && io.err(m),
    warn: (m) => verbose && io.err(`warning: ${m}`),
    error: (m) => io.err(`error: ${m instanceof Error ? m.message : m}`),
  };
}
