import fs from 'node:fs/promises';
import path from 'node:path';
import { SaveError, atomicWrite } from '../db/atomicWrite';
import { errorMessage } from '../logger';
import type { ParsedCV } from '../parsedCv';
import type { CvRecord, CvStatus } from '../queue/cvRecord';
import type { CvRepository } from '../queue/storage';
import { anonymizeItem } from './anonymize';
import { cvsToCsv } from './csv';
import { UniqueNames, cvBaseName } from './fileNames';
import { cvsToJson } from './json';
import { toJsonResume } from './jsonResume';

export const EXPORT_FORMATS = ['jsonresume', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A CV to export: its queue row, and its parsed content when it is completed. */
export interface ExportItem {
  record: CvRecord;
  parsed?: ParsedCV;
}

export interface ExportOptions {
  format: ExportFormat;
  projectId?: string;
  /** Which CVs: one status (default 'completed') or 'all'. */
  status?: CvStatus | 'all';
  /** A folder for jsonresume, a file for csv and json; without it csv and json are returned as text. */
  out?: string;
  /** The moment years of experience are counted up to. */
  now?: Date;
  /** For blind screening: no identity, and files named by a pseudonym (see anonymize.ts). */
  anonymize?: boolean;
}

export interface ExportResult {
  /** CVs written. */
  exported: number;
  /** CVs selected but left out because they have no parsed content (jsonresume only). */
  skipped: number;
  /** Files written, in CV order. */
  files: string[];
  /** CVs whose file could not be written (jsonresume only), with the reason; the others are written. */
  failed: ExportFailure[];
  /** The document, when there was no `out`. */
  text?: string;
}

export interface ExportFailure {
  /** The CV's source file name. */
  source: string;
  file: string;
  reason: string;
}

/** The selected CVs in queue order (oldest first), each completed one with its parsed content. */
export async function selectCvs(cvs: CvRepository, options: Pick<ExportOptions, 'projectId' | 'status'> = {}): Promise<ExportItem[]> {
  const status = options.status ?? 'completed';
  const records = status === 'all' ? await cvs.listAll(options.projectId) : await cvs.listByStatus(status, { projectId: options.projectId });
  const items: ExportItem[] = [];
  for (const record of records) items.push({ record, parsed: record.status === 'completed' ? await cvs.getParsedCV(record.id) : undefined });
  return items;
}

export async function exportCvs(cvs: CvRepository, options: ExportOptions): Promise<ExportResult> {
  const selected = await selectCvs(cvs, options);
  const items = options.anonymize ? selected.map(anonymizeItem) : selected;
  if (options.format === 'jsonresume') {
    if (!options.out) throw new Error('A JSON Resume export needs an output folder.');
    return writeJsonResumes(items, options.out);
  }
  const text = options.format === 'csv' ? cvsToCsv(items, options.now ?? new Date()) : cvsToJson(items);
  if (!options.out) return { exported: items.length, skipped: 0, files: [], failed: [], text };
  await refuseFolder(options.out);
  await fs.mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  // Written whole or not at all: a spreadsheet re-exported over never ends up half written.
  await atomicWrite(options.out, text, { what: 'the export' });
  return { exported: items.length, skipped: 0, files: [options.out], failed: [] };
}

/**
 * One "<candidate name>.json" per parsed CV in `dir`, unique within the export ("Jane Doe (2).json").
 * A file of the same name from an earlier export is replaced, so exporting again refreshes the folder.
 * Each file is written whole or not at all (a temporary sibling renamed into place); a file that
 * cannot be written is reported and the export goes on with the next CV.
 */
async function writeJsonResumes(items: readonly ExportItem[], dir: string): Promise<ExportResult> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory()) throw new Error(`${dir} is a file; a JSON Resume export writes one file per CV into a folder.`);
  await fs.mkdir(dir, { recursive: true });
  const names = new UniqueNames('.json');
  const files: string[] = [];
  const failed: ExportFailure[] = [];
  let skipped = 0;
  for (const { record, parsed } of items) {
    if (!parsed) {
      skipped++;
      continue;
    }
    const file = path.join(dir, names.next(cvBaseName(parsed.contact.name, record.fileName)));
    try {
      // No fsync per file: an export is repeated at will, and a thousand fsyncs would take seconds.
      await atomicWrite(file, `${JSON.stringify(toJsonResume(parsed), null, 2)}\n`, { what: 'the export', durable: false });
      files.push(file);
    } catch (err) {
      failed.push({ source: record.fileName, file, reason: writeFailure(err) });
    }
  }
  return { exported: files.length, skipped, files, failed };
}

function writeFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'the folder is not writable';
  if (code === 'ENAMETOOLONG') return 'the file name is too long for this file system';
  return errorMessage(err instanceof SaveError ? err.cause : err);
}

async function refuseFolder(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) throw new Error(`${file} is a folder; give the file to write the export to.`);
}
