#!/usr/bin/env node
import { cancelCommand, cancelHelp } from './commands/cancel';
import { printable } from '../core/terminalText';
import { eraseCommand, eraseHelp } from './commands/erase';
import { enqueueCommand, enqueueHelp } from './commands/enqueue';
import { exportCommand, exportHelp } from './commands/export';
import { parseHelp } from './commands/parseHelp';
import { processCommand, processHelp } from './commands/process';
import { projectCommand, projectHelp } from './commands/project';
import { purgeCommand, purgeHelp } from './commands/purge';
import { removeCommand, removeHelp } from './commands/remove';
import { retryCommand, retryHelp } from './commands/retry';
import { reviewCommand, reviewHelp } from './commands/review';
import { statusCommand, statusHelp } from './commands/status';
import { workerCommand, workerHelp } from './commands/worker';
import { type CopyBetween, dbCommand, dbHelp } from './commands/db';
import { copyQueue } from '../core/app/copyQueue';
import { QueueApp } from '../core/app/queueApp';
import { type QueueSettings, readSettings } from '../core/app/settings';
import type { Logger } from '../core/logger';
import { openQueueStorage } from '../core/queue/openQueueStorage';
import { terminalAsk } from './confirm';
import { type CliContext, type CliIo, DEFAULT_DB, type StorageOptions, UsageError, isUsageError, stderrLogger } from './context';

/**
 * How a command opens the queue: 'read' only looks (no lock, nothing created, works in a
 * read-only folder), 'change' needs an existing queue, 'create' may start a new one.
 */
type Access = 'read' | 'change' | 'create';

interface Command {
  summary: string;
  help: string;
  run(ctx: CliContext, argv: string[]): Promise<number>;
  access?: (argv: string[]) => Access;
}

const projectAccess = (argv: string[]): Access => {
  const action = argv.find((a) => !a.startsWith('-'));
  return action === 'create' ? 'create' : action === 'list' ? 'read' : 'change';
};

// Only looking at a review needs no write access.
const reviewAccess = (argv: string[]): Access => (argv.some((a) => /^--(set|discard|reviewed|not-reviewed)(=|$)/.test(a)) ? 'change' : 'read');

const commands: Record<string, Command> = {
  enqueue: { summary: 'add CV files and folders to the queue', help: enqueueHelp, run: enqueueCommand, access: () => 'create' },
  // The parser (pdf.js, OCR, XML readers) is most of the code: loaded only by the command that uses it.
  parse: { summary: 'parse one CV file and print what was found', help: parseHelp, run: async (ctx, argv) => (await import('./commands/parse.js')).parseCommand(ctx, argv) },
  export: { summary: 'export CVs as JSON Resume files, CSV or JSON', help: exportHelp, run: exportCommand, access: () => 'read' },
  project: { summary: 'list, create, rename and delete projects', help: projectHelp, run: projectCommand, access: projectAccess },
  status: { summary: 'show the queue: counts and CVs', help: statusHelp, run: statusCommand, access: () => 'read' },
  process: { summary: 'parse every queued CV until the queue is empty', help: processHelp, run: processCommand },
  worker: { summary: 'keep parsing CVs as they are queued (a shared PostgreSQL queue)', help: workerHelp, run: workerCommand },
  retry: { summary: 'move failed CVs back to the queue', help: retryHelp, run: retryCommand },
  review: { summary: "correct a processed CV's fields, mark it reviewed", help: reviewHelp, run: reviewCommand, access: reviewAccess },
  cancel: { summary: 'take queued CVs out of the queue', help: cancelHelp, run: cancelCommand },
  remove: { summary: 'delete CVs from the queue', help: removeHelp, run: removeCommand },
  erase: { summary: 'erase every CV of one person (on their request)', help: eraseHelp, run: eraseCommand },
  purge: { summary: 'erase finished CVs older than a number of days', help: purgeHelp, run: purgeCommand },
  db: { summary: 'copy a queue between a database file and a team database', help: dbHelp, run: (ctx, argv) => dbCommand(ctx, argv, copyBetween) },
};

/** Opens both queues (the source only to read, when it is a file) and copies one into the other. */
const copyBetween: CopyBetween = async (from, to, logger) => {
  const source = await openQueueStorage(from, { logger, readOnly: true, mustExist: true });
  try {
    const target = await openQueueStorage(to, { logger });
    try {
      return await copyQueue(source, target);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return `Usage: samsara [--db FILE|URL] [--verbose] COMMAND [options]

Samsara CV Queue from the command line: queue CV files and parse them into structured data.

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n')}

Global options:
  --db FILE    the queue database (default: $SAMSARA_DB, else ${DEFAULT_DB}), or a team
               queue on PostgreSQL: postgres://user@host:port/db (password from
               PGPASSWORD or ~/.pgpass; TLS with ?sslmode=require)
  --verbose    log what happens to stderr
  -h, --help   show help (also: samsara COMMAND --help)`;
}

/** Splits the global options (before the command) from the command and its own arguments. */
function splitArgs(argv: string[]): { db: string; verbose: boolean; help: boolean; command?: string; rest: string[] } {
  let db = process.env.SAMSARA_DB || DEFAULT_DB;
  let verbose = false;
  let help = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--db') {
      if (argv[i + 1] === undefined) throw new UsageError('--db needs a file path or a postgres:// URL.');
      db = argv[++i];
    } else if (a.startsWith('--db=')) db = a.slice(5);
    else if (a === '--verbose') verbose = true;
    else if (a === '-h' || a === '--help') help = true;
    else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
    else break;
  }
  return { db, verbose, help, command: argv[i], rest: argv.slice(i + 1) };
}

/** The composition root of the CLI: the queue (a file, or a PostgreSQL URL), opened when a command first uses it. */
function lazyApp(dbPath: string, logger: Logger, access: Access) {
  let app: QueueApp | undefined;
  return {
    get: (settings: Partial<QueueSettings> = {}, storage: StorageOptions = {}): QueueApp => {
      const resolved = { ...readSettings(), ...settings };
      const openOptions = { logger, leaseMs: storage.leaseMs, readOnly: access === 'read', mustExist: access === 'change' };
      app ??= new QueueApp({ openStorage: () => openQueueStorage(dbPath, openOptions), logger, settings: () => resolved });
      return app;
    },
    close: async (): Promise<void> => app?.close(),
  };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let commandName: string | undefined;
  try {
    const args = splitArgs(argv);
    commandName = args.command;
    if (!args.command) {
      (args.help ? io.out : io.err)(mainHelp());
      return args.help ? 0 : 2;
    }
    const command = commands[args.command];
    if (!command) throw new UsageError(`Unknown command "${args.command}".`);
    if (args.help || args.rest.includes('--help') || args.rest.includes('-h')) {
      io.out(command.help);
      return 0;
    }
    const logger = stderrLogger(io, args.verbose);
    const apps = lazyApp(args.db, logger, command.access?.(args.rest) ?? 'change');
    try {
      return await command.run({ dbPath: args.db, io, logger, app: apps.get }, args.rest);
    } finally {
      await apps.close(); // saves, also when the command failed
    }
  } catch (err) {
    const usage = isUsageError(err) || (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`samsara: ${printable(err instanceof Error ? err.message : String(err))}`);
    if (usage) io.err(`Run "samsara ${commandName && commands[commandName] ? `${commandName} ` : ''}--help" for usage.`);
    return usage ? 2 : 1;
  }
}

if (require.main === module) {
  // `samsara status | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    isTty: !!process.stdout.isTTY,
    ask: terminalAsk(),
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
