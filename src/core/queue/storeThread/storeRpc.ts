import { SaveError } from '../../db/atomicWrite';
import { DatabaseError } from '../../db/errors';
import { ProjectError } from '../project';
import type { SaveState } from '../storage';

/**
 * The messages between the extension host and the thread that holds the embedded store. A call
 * names a repository and one of its methods; the storage's own `flush` and `close` go under the
 * repository name ''. Every value crosses by structured clone (Maps, Dates and plain records do).
 */

/** What the thread needs to open the database (its `workerData`). */
export interface StoreThreadData {
  file: string;
  readOnly?: boolean;
  mustExist?: boolean;
  /** Whether the main thread can be asked before a file that is not a database is moved aside. */
  canAsk: boolean;
}

export const STORAGE_TARGET = '';

export type ToThread =
  | { type: 'call'; id: number; repo: string; method: string; args: unknown[] }
  | { type: 'answer'; askId: number; value: boolean };

export type LogLevel = 'trace' | 'info' | 'warn' | 'error';

export type FromThread =
  | { type: 'ready'; location: string; methods: Record<string, string[]> }
  | { type: 'openFailed'; error: WireError }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: WireError }
  | { type: 'log'; level: LogLevel; message: string }
  | { type: 'ask'; askId: number; message: string }
  // Sent unasked when saves start to fail and when one succeeds again.
  | { type: 'saveState'; state: SaveState };

/** An error as it crosses the thread boundary: its class by name and its own simple fields. */
export interface WireError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, string | number | boolean>;
}

// The errors the application layer tells apart (by class and code) keep their class across the thread.
const KNOWN_ERRORS: Record<string, new (...args: never[]) => Error> = { DatabaseError, ProjectError, SaveError };

export function toWire(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields: WireError['fields'] = {};
  for (const [key, value] of Object.entries(err)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return { name: err.name, message: err.message, stack: err.stack, fields };
}

/** The error again, an instance of its own class where it is one of the known ones. */
export function fromWire(wire: WireError): Error {
  // Built without running the class's constructor, whose arguments differ per class.
  const err: Error = Reflect.construct(Error, [wire.message], KNOWN_ERRORS[wire.name] ?? Error);
  Object.assign(err, wire.fields);
  err.name = wire.name;
  if (wire.stack) err.stack = wire.stack;
  return err;
}

/** Names of the methods an object answers, own and inherited, for the main thread's stand-ins. */
export function methodNames(target: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name !== 'constructor' && typeof (target as Record<string, unknown>)[name] === 'function') names.add(name);
    }
  }
  return [...names];
}
