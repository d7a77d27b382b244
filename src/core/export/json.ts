import type { ParsedCV } from '../parsedCv';
import type { ExportItem } from './exportCvs';

/**
 * One exported CV: where it came from and its status beside the parsed CV, which is the contract
 * object exactly as `parse --json` prints it (null when the CV is not parsed yet, or failed).
 * Keys follow `samsara status --json`.
 */
export interface JsonExportEntry {
  id: string;
  file_path: string;
  file_name: string;
  project: string | null;
  status: string;
  error_message: string | null;
  parsed: ParsedCV | null;
}

export function toJsonExportEntries(items: readonly ExportItem[]): JsonExportEntry[] {
  return items.map(({ record, parsed }) => ({
    id: record.id,
    file_path: record.filePath,
    file_name: record.fileName,
    project: record.projectName ?? null,
    status: record.status,
    error_message: record.errorMessage ?? null,
    parsed: parsed ?? null,
  }));
}

/** The whole export: a JSON array, two-space indented, ending in a newline. */
export function cvsToJson(items: readonly ExportItem[]): string {
  return `${JSON.stringify(toJsonExportEntries(items), null, 2)}\n`;
}
