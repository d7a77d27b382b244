import type { ListedFields } from '../review/corrections';

export const CV_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export type CvStatus = (typeof CV_STATUSES)[number];

export type StatusCounts = Record<CvStatus, number>;

/** Which CVs: undefined for every CV, a project's id, or null for the CVs without a project. */
export type ProjectScope = string | null | undefined;

/** A row of the queue without its parsed content. */
export interface CvRecord {
  id: string;
  filePath: string;
  fileName: string;
  status: CvStatus;
  errorMessage?: string;
  projectId?: string;
  projectName?: string;
  createdAt: string;
  updatedAt: string;
  processingStartedAt?: string;
  parseTimeMs?: number;
  attempts: number;
  nextAttemptAt?: string;
  contentHash?: string;
  /** Who queued it. */
  enqueuedBy?: string;
  /** A few parsed fields, for lists: present once the CV is completed. */
  candidateName?: string;
  candidateEmail?: string;
  currentTitle?: string;
  currentCompany?: string;
  /** Someone corrected the parsed fields (the fields above are the corrected ones). */
  corrected?: boolean;
  /** Who marked the CV reviewed, and when. */
  reviewedBy?: string;
  reviewedAt?: string;
  /** Read by OCR: how many pages, and the mean word confidence (0 to 1). */
  ocrPages?: number;
  ocrConfidence?: number;
}

export function isCvStatus(value: unknown): value is CvStatus {
  return typeof value === 'string' && (CV_STATUSES as readonly string[]).includes(value);
}

export function zeroCounts(): StatusCounts {
  return { queued: 0, processing: 0, completed: 0, failed: 0 };
}

/** What finding a completed CV by name, e-mail, skills or company needs. */
export interface CvSearchEntry extends ListedFields {
  id: string;
  fileName: string;
  filePath: string;
  projectName?: string;
}
