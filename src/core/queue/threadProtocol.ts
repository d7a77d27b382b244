import { parentPort } from 'node:worker_threads';
import type { ParsedCV } from '../parsedCv';
import { TRANSIENT_READ_CODES } from '../readErrors';

/** What the main thread sends a parsing thread. */
export interface JobRequest {
  jobId: number;
  filePath: string;
  options: Record<string, unknown>;
}

/** A parsed CV and the sha-256 of the bytes it was parsed from. */
export interface ParsedJob {
  result: ParsedCV;
  contentHash?: string;
}

export type JobOutcome = ({ ok: true } & ParsedJob) | { ok: false; message: string; permanent: boolean };
export type JobReply = JobOutcome & { jobId: number };

/**
 * Sorts an error into permanent (the file itself is bad: fail at once) or transient (retry later).
 * Errors that say which they are (`permanent: boolean`, as the parser's do) are taken at their word.
 */
export function classifyError(err: unknown): { message: string; permanent: boolean } {
  const e = err as { message?: string; permanent?: unknown; code?: string };
  const message = typeof e?.message === 'string' && e.message ? e.message : String(err);
  if (typeof e?.permanent === 'boolean') return { message, permanent: e.permanent };
  if (e?.code === 'ENOENT') return { message: 'file not found', permanent: true };
  if (e?.code && TRANSIENT_READ_CODES.has(e.code)) return { message: `could not read the file (${e.code}), will retry`, permanent: false };
  return { message, permanent: false };
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
