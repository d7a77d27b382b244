import type { WorkerSettings } from '../core/queue/worker';

/** The `samsara.*` settings, read through a getter so this file stays free of vscode. */
export interface SamsaraSettings {
  concurrency: number;
  timeoutSeconds: number;
  maxAttempts: number;
  autoStart: boolean;
  fileTypes: string[];
  defaultPhoneRegion: string;
}

export type SettingGetter = <T>(key: string, fallback: T) => T;

export const DEFAULT_FILE_TYPES = ['.pdf', '.docx', '.odt', '.rtf', '.txt', '.md'];

export function readSettings(get: SettingGetter): SamsaraSettings {
  return {
    concurrency: clampInt(get('concurrency', 2), 1, 16),
    timeoutSeconds: clampInt(get('timeoutSeconds', 60), 5, 3600),
    maxAttempts: clampInt(get('maxAttempts', 3), 1, 10),
    autoStart: get<boolean>('autoStart', true) !== false,
    fileTypes: normalizeTypes(get('fileTypes', DEFAULT_FILE_TYPES)),
    defaultPhoneRegion: String(get('defaultPhoneRegion', 'GB') || 'GB').toUpperCase(),
  };
}

export function toWorkerSettings(s: SamsaraSettings): Partial<WorkerSettings> {
  return { concurrency: s.concurrency, timeoutMs: s.timeoutSeconds * 1000, maxAttempts: s.maxAttempts };
}

function clampInt(value: unknown, min: number, max: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

/** Accepts "pdf", ".PDF" and ".pdf" alike; an empty list falls back to every supported type. */
function normalizeTypes(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  const types = list.map((t) => String(t).trim().toLowerCase()).filter(Boolean).map((t) => (t.startsWith('.') ? t : `.${t}`));
  return types.length ? [...new Set(types)] : [...DEFAULT_FILE_TYPES];
}
