import type { Disposable } from '../events';
import type { ParsedCV } from '../parsedCv';
import type { FieldCorrection } from '../review/corrections';
import type { CvRecord, CvSearchEntry, CvStatus, ProjectScope, StatusCounts } from './cvRecord';
import type { CvRow, CvRowPage } from './cvRows';
import type { DeletedProject, Project, ProjectWithCounts } from './project';

/**
 * The storage interface under the application layer. Every method returns a Promise, so a
 * backend may live on another thread or another machine; the sql.js store is the first one.
 */

export interface NewCv {
  filePath: string;
  fileName: string;
  projectId?: string;
  /** sha-256 of the file's bytes, for spotting the same CV enqueued twice. */
  contentHash?: string;
  /** Who queued it (the OS user name, or the one set in the settings). */
  enqueuedBy?: string;
}

/** A CV file's bytes as stored in the queue, keyed by their sha-256. */
export interface StoredFile {
  contentHash: string;
  content: Uint8Array;
  /** When the bytes were first stored (ISO); a copy keeps it, new bytes get the current time. */
  storedAt?: string;
}

export interface CvRepository {
  /** Adds a CV in status 'queued'. */
  insertQueuedCV(cv: NewCv): Promise<CvRecord>;
  /** Adds a batch in one transaction. */
  insertQueuedCVs(cvs: readonly NewCv[]): Promise<CvRecord[]>;
  /** Sets a CV's status (with its error, and its start time when it starts); false when there is no such CV. */
  updateCVStatus(id: string, status: CvStatus, options?: { error?: string; startedAt?: string }): Promise<boolean>;
  /** Stores every result column of a parsed CV and marks it completed. */
  completeCVProcessing(id: string, cv: ParsedCV): Promise<boolean>;
  /** The oldest queued CV that is due (a CV backing off after a transient error waits its turn). */
  getNextQueuedCV(now?: string): Promise<CvRecord | undefined>;
  /** Queued CVs in FIFO order; all of them without a project id, else that project's. */
  getQueuedCVsByProject(projectId?: string): Promise<CvRecord[]>;
  /** CVs left 'processing' by a crash go back to the queue; returns how many. */
  resetProcessingCVs(): Promise<number>;

  countByStatus(scope?: ProjectScope): Promise<StatusCounts>;
  /** One page of CVs in a status, oldest first. */
  listByStatus(status: CvStatus, options?: { offset?: number; limit?: number; projectId?: ProjectScope }): Promise<CvRecord[]>;
  listAll(scope?: ProjectScope): Promise<CvRecord[]>;
  /** Content hash → the first CV with it, among a project's CVs (no project: CVs without one). */
  contentHashes(projectId?: string): Promise<Map<string, { id: string; fileName: string }>>;
  /** Ids starting with `prefix` (at most two: enough to tell unique from ambiguous). */
  idsByPrefix(prefix: string): Promise<string[]>;
  getCV(id: string): Promise<CvRecord | undefined>;
  /** A completed CV as reviewed: the parser's result with the corrections applied. */
  getParsedCV(id: string): Promise<ParsedCV | undefined>;
  /** What finding a completed CV by name, e-mail, skills or company needs. */
  searchEntries(): Promise<CvSearchEntry[]>;

  remove(ids: readonly string[]): Promise<number>;
  removeByStatus(status: CvStatus, scope?: ProjectScope): Promise<number>;
  /** Moves failed CVs (the given ones) back to the queue with their attempts reset. */
  retryFailed(ids: readonly string[]): Promise<number>;
  /** Moves every failed CV of the scope back to the queue. */
  retryAllFailed(scope?: ProjectScope): Promise<number>;
  /** Queues completed (and failed) CVs to be parsed again; their corrections stay and apply to the new result. */
  processAgain(ids: readonly string[]): Promise<number>;

  /**
   * Of these content hashes, the ones whose bytes the queue does not hold yet. Bytes are kept
   * once per hash and deleted with the last CV that refers to them.
   */
  missingFileContents(hashes: readonly string[]): Promise<string[]>;
  /** Stores file bytes; a hash already stored is left as it is. Returns how many were new. */
  storeFileContents(files: readonly StoredFile[]): Promise<number>;
  /** The stored bytes of a file, if the queue holds them. */
  fileContent(contentHash: string): Promise<Uint8Array | undefined>;
  /** The stored bytes with when they were stored, for copying a queue. */
  storedFile(contentHash: string): Promise<StoredFile | undefined>;

  /** Whole rows in the order they were added, from after position `after` (0: the start), for copying a queue. */
  exportRows(after: number, limit: number): Promise<CvRowPage>;
  /** Adds whole rows as they are; a row whose id is already here is left alone. Returns how many were new. */
  importRows(rows: readonly CvRow[]): Promise<number>;
}

export interface ProjectRepository {
  list(): Promise<Project[]>;
  /** Every project with how many CVs it holds, in total and per status. */
  listWithCounts(): Promise<ProjectWithCounts[]>;
  get(id: string): Promise<Project | undefined>;
  cvCount(projectId: string): Promise<number>;
  countWithoutProject(): Promise<number>;
  /** The project of this name: written exactly so, else the one project that matches ignoring case. */
  findByName(name: string): Promise<Project | undefined>;
  /** Returns the project with this name, creating it when there is none. */
  ensure(name: string): Promise<Project>;
  /**
   * Creates a project; a name already taken (ignoring case) is refused. `createdAt` (ISO) keeps
   * the creation time of a project copied from another queue.
   */
  create(name: string, createdAt?: string): Promise<Project>;
  rename(id: string, newName: string): Promise<Project>;
  /** Deletes a project; its CVs are deleted too with `removeCvs`, otherwise kept without a project. */
  delete(id: string, options?: { removeCvs?: boolean }): Promise<DeletedProject>;
}

/** A completed CV's result as the parser left it, with what people did to it since. */
export interface StoredReview {
  original: ParsedCV;
  corrections: FieldCorrection[];
  reviewed?: { by: string; at: string };
}

/**
 * Corrections and the reviewed mark. Corrections live beside the parser's result, which they
 * never change; a CV processed again keeps them and they apply to the new result.
 */
export interface ReviewRepository {
  /** Undefined unless the CV is completed. */
  getReview(id: string): Promise<StoredReview | undefined>;
  /** Adds corrections to a completed CV's (a field corrected again keeps the latest); false when it is not completed. */
  addCorrections(id: string, added: readonly FieldCorrection[]): Promise<boolean>;
  /** Drops every correction; false when there were none. */
  discardCorrections(id: string): Promise<boolean>;
  /** Marks the CV reviewed, or (without a mark) not reviewed; false when there is no such CV. */
  setReviewed(id: string, mark?: { by: string; at: string }): Promise<boolean>;
}

/**
 * A retry is never scheduled further ahead than this. A `next_attempt_at` beyond it was written
 * under a clock that has since gone back, so it counts as due rather than stalling the queue.
 */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** Why a CV found 'processing' at start with its attempts used up is failed, not retried. */
export const ABANDONED_ERROR = 'stopped the worker (out of memory?)';

export interface Claim {
  cv: CvRecord;
  token: string;
  attempts: number;
  /**
   * Set when the claim found a CV whose worker died on its last allowed attempt: the CV was
   * failed with ABANDONED_ERROR instead of being handed out again, and nothing is to be run.
   */
  abandoned?: boolean;
}

/**
 * The worker's side of the table. A claim takes the oldest due CV and gives it a fresh token;
 * every later write for that CV names the token, so a worker whose claim was taken back (crash
 * recovery, cancel, timeout) can never overwrite what happened since.
 */
export interface ClaimRepository {
  /** With `maxAttempts`, a CV whose last allowed attempt died with its worker is failed, not claimed. */
  claimNext(now?: Date, maxAttempts?: number): Promise<Claim | undefined>;
  /**
   * Stores the result, and the hash of the bytes it was parsed from when known (the file may have
   * changed since it was queued); false when the claim is stale and nothing was written.
   */
  complete(id: string, token: string, cv: ParsedCV, contentHash?: string): Promise<boolean>;
  fail(id: string, token: string, error: string): Promise<boolean>;
  /** Back to the queue after a transient error, not to be claimed before `notBefore`. */
  requeue(id: string, token: string, error: string, notBefore: Date): Promise<boolean>;
  /**
   * Takes a queued CV out of the queue as failed "Cancelled", so it can be retried. With
   * `orphaned`, also a 'processing' row no live worker owns.
   */
  cancelQueued(id: string, orphaned?: boolean): Promise<boolean>;
  /** The earliest time a backing-off CV becomes due, if any. */
  nextDueAt(): Promise<Date | undefined>;
  /**
   * For a queue shared by many workers: the CVs this worker may still get (queued, or claimed by
   * a worker whose lease ran out). Without it the queued count is used.
   */
  claimableCount?(): Promise<number>;
  /**
   * CVs left 'processing' by a run that died (killed, out of memory) after their last allowed
   * attempt become failed with `error`, so one poisonous file cannot stop the queue for good.
   * On a shared queue the same rule applies at every claim: a lease that ran out is an attempt.
   */
  failAbandoned?(maxAttempts: number, error: string): Promise<{ id: string; fileName: string }[]>;
}

/** How the last save of a store written whole by this process went. */
export interface SaveState {
  /** Why the last save failed, until a later one succeeds. */
  failure?: string;
  /** The CVs per status in the file on disk, as of the last successful save. */
  saved: StatusCounts;
}

/** One opened queue database. */
export interface QueueStorage {
  readonly cvs: CvRepository;
  readonly projects: ProjectRepository;
  readonly claims: ClaimRepository;
  readonly reviews: ReviewRepository;
  /** Where the queue lives, for log lines. */
  readonly location: string;
  /**
   * For a queue other processes share: calls `listener` on every change any of them makes
   * ('cvs' or 'projects'). A store only this process opens has no need of it.
   */
  watch?(listener: (what: string) => void): Promise<Disposable>;
  /** Resolves once every change made before the call is durable. */
  flush(): Promise<void>;
  /** For a store saved in the background (the embedded one): how its last save went. */
  saveState?(): Promise<SaveState | undefined>;
  /**
   * For a store saved in the background: calls `listener` when saves start to fail and when one
   * succeeds again, so a failure is seen at once rather than at the next look.
   */
  watchSaves?(listener: (state: SaveState) => void): Disposable;
  close(): Promise<void>;
}
