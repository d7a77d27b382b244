import type { Logger } from '../logger';
import type { ParsedCV, Provenance } from '../parsedCv';
import { ParsePool } from '../queue/parsePool';

export interface SourceLocatorDeps {
  threadScript?: string;
  logger: Logger;
  /** The options processing passes to the parser (phone region, OCR), read for every job. */
  jobOptions: Record<string, unknown>;
  timeoutMs: () => number;
}

/**
 * Where a completed CV's values were read, for the review panel. The stored result keeps no
 * positions (they would need columns of their own), so the file is parsed again, on a thread of
 * its own so neither the caller nor the queue's threads wait.
 */
export class SourceLocator {
  private pool: ParsePool | undefined;

  constructor(private readonly deps: SourceLocatorDeps) {}

  /** The file parsed afresh, with its provenance; undefined when it cannot be read now. */
  async read(filePath: string): Promise<ParsedCV | undefined> {
    this.pool ??= new ParsePool({ threadScript: this.deps.threadScript, size: 1, logger: this.deps.logger, jobOptions: this.deps.jobOptions, idleMs: 30_000 });
    const outcome = await this.pool.run(filePath, this.deps.timeoutMs()).done;
    return outcome.ok ? outcome.result : undefined;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}

/**
 * The places, found in a fresh parse, of the values the current result still has: a file changed
 * since it was processed, a corrected value or a removed entry loses its mark.
 */
export function matchingSources(fresh: ParsedCV, current: ParsedCV): Record<string, Provenance> {
  return Object.fromEntries(Object.entries(fresh.provenance ?? {}).filter(([pointer]) => sameValue(valueAt(fresh, pointer), valueAt(current, pointer))));
}

function valueAt(cv: ParsedCV, pointer: string): unknown {
  let v: unknown = cv;
  for (const part of pointer.slice(1).split('/')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
