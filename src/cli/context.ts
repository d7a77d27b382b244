import path from 'node:path';
import type { QueueApp } from '../core/app/queueApp';
import { type QueueSettings, parseIntegerSetting } from '../core/app/settings';
import type { Logger } from '../core/logger';

/** A usage mistake: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Writes text to stdout as it is (no newline added): for documents such as a CSV export. */
  write?(text: string): void;
  isTty: boolean;
  /** Asks a yes/no question; absent when no one can answer (stdin is not a terminal). */
  ask?(question: string): Promise<boolean>;
}

export interface CliContext {
  dbPath: string;
  io: CliIo;
  logger: Logger;
  /**
   * The queue, opened on first use and closed (saved) when the command ends; the first call
   * may give settings from the command's options.
   */
  app(settings?: Partial<QueueSettings>, storage?: StorageOptions): QueueApp;
}

/** How the queue's storage is opened, where a command has a say (a shared queue's lease). */
export interface StorageOptions {
  leaseMs?: number;
}

export const DEFAULT_DB = path.join('.samsara', 'samsara.db');

/** An integer option checked against its setting's range: out of range is a usage mistake. */
export function integerOption(key: 'concurrency' | 'timeoutSeconds' | 'maxAttempts' | 'maxStoredFileMB', text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseIntegerSetting(key, text, name);
  if ('problem' in parsed) throw new UsageError(parsed.problem);
  return parsed.value;
}

/** Full CV ids or unique prefixes, at least one. */
export function requireIds(args: readonly string[]): readonly string[] {
  if (args.length === 0) throw new UsageError('Name at least one CV id (see "samsara status").');
  return args;
}

export function stderrLogger(io: CliIo, verbose: boolean): Logger {
  return {
    trace: (m) => verbose && io.err(m),
    info: (m) => verbose && io.err(m),
    warn: (m) => verbose && io.err(`warning: ${m}`),
    error: (m) => io.err(`error: ${m instanceof Error ? m.message : m}`),
  };
}
