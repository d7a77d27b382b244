import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { ParsedCV } from '../parsedCv';
import { TRANSIENT_READ_CODES } from '../readErrors';

/** What the main thread sends a parsing thread. */
export interface JobRequest {
  jobId: number;
  filePath: string;
  options: Record<string, unknown>;
  /**
   * The sha-256 the file had when it was queued, when another machine queued it: a file at the
   * same path here may be another one, and is then not parsed (the outcome is `stale`).
   */
  expectHash?: string;
}

/** A parsed CV and the sha-256 of the bytes it was parsed from. */
export interface ParsedJob {
  result: ParsedCV;
  contentHash?: string;
}

/** `stale`: the file is not the one queued (see JobRequest.expectHash); nothing was parsed. */
export type JobOutcome = ({ ok: true } & ParsedJob) | { ok: false; message: string; permanent: boolean; stale?: boolean };
export type JobReply = JobOutcome & { jobId: number };

/**
 * Sorts an error into permanent (the file itself is bad: fail at once) or transient (retry later).
 * Errors that say which they are (`permanent: boolean`, as the parser's do) are taken at their word.
 */
export function classifyError(err: unknown): { message: string; permanent: boolean; stale?: boolean } {
  const e = err as { message?: string; permanent?: unknown; code?: string };
  const message = typeof e?.message === 'string' && e.message ? e.message : String(err);
  if (err instanceof StaleFileError) return { message, permanent: false, stale: true };
  if (typeof e?.permanent === 'boolean') return { message, permanent: e.permanent };
  if (e?.code === 'ENOENT') return { message: 'file not found', permanent: true };
  if (e?.code && TRANSIENT_READ_CODES.has(e.code)) return { message: `could not read the file (${e.code}), will retry`, permanent: false };
  return { message, permanent: false };
}

class StaleFileError extends Error {
  constructor() {
    super('the file at this path is not the one that was queued');
  }
}

/**
 * Reads a job's file and hashes the very bytes that will be parsed, once: the hash is kept with
 * the result (a file replaced since it was queued must not make a copy of its old content look
 * like a duplicate), and a file that is not the one queued elsewhere is refused here.
 */
export async function readJobFile(request: JobRequest, read: (file: string) => Promise<Uint8Array>): Promise<{ bytes: Uint8Array; contentHash: string }> {
  const bytes = await read(request.filePath);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  if (request.expectHash !== undefined && contentHash !== request.expectHash) throw new StaleFileError();
  return { bytes, contentHash };
}

/** Runs inside a parsing thread: answers each job with the handler's result or its classified error. */
export function serveJobs(handler: (request: JobRequest) => Promise<ParsedJob>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run in a worker thread');
  port.on('message', (request: JobRequest) => {
    handler(request).then(
      (job) => port.postMessage({ jobId: request.jobId, ok: true, ...job } satisfies JobReply),
      (err) => port.postMessage({ jobId: request.jobId, ok: false, ...classifyError(err) } satisfies JobReply),
    );
  });
}
