import * as vscode from 'vscode';
import type { CvRecord } from '../../core/queue/cvRecord';
import { ocrMark, ocrTooltipLine } from './ocrNote';

/**
 * What a CV's row says beside its label: who the candidate is now (current title and company),
 * how long a CV has been parsing, why one failed. The project only where CVs of several
 * projects are listed together.
 */
export function describeCv(cv: CvRecord, showProject: boolean, now: number): string {
  const project = showProject ? cv.projectName : undefined;
  switch (cv.status) {
    case 'failed':
      return cv.errorMessage ?? 'failed';
    case 'completed':
      return join([currentJob(cv), project, ocrMark(cv), cv.corrected ? 'corrected' : undefined, cv.reviewedAt ? 'reviewed' : undefined]);
    case 'processing':
      return join([elapsed(cv, now), project, cv.attempts > 1 ? `attempt ${cv.attempts}` : undefined]);
    case 'queued':
      return join([project, cv.errorMessage ? `retrying: ${cv.errorMessage}` : undefined]);
  }
}

/** "Senior Engineer at Acme GmbH", or whichever of the two the CV gives. */
export function currentJob(cv: CvRecord): string | undefined {
  if (cv.currentTitle && cv.currentCompany) return `${cv.currentTitle} at ${cv.currentCompany}`;
  return cv.currentTitle ?? cv.currentCompany;
}

export function cvTooltip(cv: CvRecord): vscode.MarkdownString {
  const completed = cv.status === 'completed';
  const rows: [string, string | undefined][] = [
    ['File', completed && cv.candidateName ? cv.fileName : undefined], ['Current job', completed ? currentJob(cv) : undefined],
    ['Path', cv.filePath], ['Status', cv.status], ['Project', cv.projectName], ['Queued by', cv.enqueuedBy], ['Attempts', String(cv.attempts)],
    ['Added', formatTime(cv.createdAt)], ['Started', formatTime(cv.processingStartedAt)], ['Updated', formatTime(cv.updatedAt)],
    ['Parse time', cv.parseTimeMs !== undefined && completed ? formatDuration(cv.parseTimeMs) : undefined],
    ['Read by OCR', ocrTooltipLine(cv)],
    ['Next attempt', formatTime(cv.nextAttemptAt)], ['Error', cv.errorMessage],
    ['Corrected', completed && cv.corrected ? 'yes: exports and Find CV use the corrections' : undefined],
    ['Reviewed', cv.reviewedAt ? `by ${cv.reviewedBy ?? 'someone'}, ${formatTime(cv.reviewedAt)}` : undefined],
  ];
  const md = new vscode.MarkdownString(`**${escape(completed && cv.candidateName ? cv.candidateName : cv.fileName)}**\n\n`);
  md.appendMarkdown(rows.filter(([, v]) => v).map(([k, v]) => `${k}: ${escape(String(v))}`).join('  \n'));
  return md;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Whole seconds (minutes past a minute): the row is redrawn about once a second. */
function elapsed(cv: CvRecord, now: number): string | undefined {
  const started = cv.processingStartedAt ? Date.parse(cv.processingStartedAt) : NaN;
  if (Number.isNaN(started)) return undefined;
  const s = Math.max(0, Math.floor((now - started) / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function join(parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}

function formatTime(iso: string | undefined): string | undefined {
  return iso ? new Date(iso).toLocaleString() : undefined;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
