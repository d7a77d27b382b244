import type { WorkerSettings } from '../queue/worker';

/**
 * The one schema of the `samsara.*` settings: key, default, range and description. The
 * extension reads its settings through it, the CLI checks its options against it, and a test
 * holds package.json's contributes.configuration to it.
 */
export const FILE_TYPES = ['.pdf', '.docx', '.odt', '.rtf', '.txt', '.md', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'];
/** The OCR languages the package carries data for. */
export const OCR_LANGUAGES = ['eng', 'deu', 'fra', 'spa'];

export const SETTINGS_SCHEMA = {
  concurrency: {
    type: 'integer', default: 2, minimum: 1, maximum: 16,
    description: 'How many CVs are parsed at the same time, each in its own worker thread.',
  },
  timeoutSeconds: {
    type: 'integer', default: 60, minimum: 5, maximum: 3600,
    description: 'A CV that takes longer is stopped and retried (up to Max Attempts).',
  },
  maxAttempts: {
    type: 'integer', default: 3, minimum: 1, maximum: 10,
    description: 'How often a CV is tried after transient errors (timeouts, busy files) before it is marked failed.',
  },
  autoStart: {
    type: 'boolean', default: true,
    description: 'Start processing queued CVs as soon as the queue opens. When off, use Resume Processing.',
  },
  fileTypes: {
    type: 'array', items: { type: 'string', enum: FILE_TYPES }, uniqueItems: true, default: FILE_TYPES,
    description: 'File types taken when adding files and folders; others are skipped and counted.',
  },
  defaultPhoneRegion: {
    type: 'string', default: 'GB', pattern: '^[A-Za-z]{2}$', patternErrorMessage: 'A two-letter country code, such as GB or US.',
    description: 'Country assumed for phone numbers written without an international prefix (two-letter code).',
  },
  askForProject: {
    type: 'boolean', default: true,
    description: 'Ask which project (opening) CVs are for when adding them. When off, the project chosen last in this workspace is used (or none).',
  },
  groupByProject: {
    type: 'boolean', default: false,
    description: 'Group the CV Queue view by project, then by status.',
  },
  retentionDays: {
    type: 'integer', default: 0, minimum: 0, maximum: 3650,
    description: 'Completed and failed CVs older than this many days are erased when the queue opens and once a day (0: keep them).',
  },
  reviewerName: {
    type: 'string', default: '',
    description: 'Replaced by User Name; read only while that is empty.',
    deprecationMessage: 'Use "samsara.userName": one name is kept with the CVs you queue, your corrections and your Reviewed marks. This setting is read only while that one is empty.',
  },
  ocr: {
    type: 'string', enum: ['auto', 'off'], default: 'auto',
    description: 'Read scanned PDF pages and image files (PNG, JPEG, TIFF, WebP) by OCR (auto), or fail them (off).',
  },
  ocrLanguages: {
    type: 'array', items: { type: 'string', enum: OCR_LANGUAGES }, uniqueItems: true, default: OCR_LANGUAGES,
    description: 'Languages OCR reads (English, German, French, Spanish); fewer languages read faster.',
  },
  ocrTimeoutSeconds: {
    type: 'integer', default: 180, minimum: 10, maximum: 3600,
    description: 'Extra time a CV read by OCR may take, on top of Timeout Seconds.',
  },
  database: {
    type: 'string', default: 'embedded',
    description: 'Where the queue lives: "embedded" (a database file in the workspace) or a team database as postgres://user@host:port/db, without password. Use "Samsara: Connect to Team Database…" to set it; the password is kept in the system keychain.',
  },
  maxStoredFileMB: {
    type: 'integer', default: 20, minimum: 0, maximum: 50,
    description: 'In a team database, CV files up to this size (MB) are stored with the CV, so any recruiter or worker machine can open and parse them; larger ones keep only their path (0: never store). The embedded database never stores files.',
  },
  userName: {
    type: 'string', default: '',
    description: 'Your name, kept with the CVs you queue, your corrections and your Reviewed marks (empty: the operating-system user name).',
  },
} as const;

export type SettingKey = keyof typeof SETTINGS_SCHEMA;
type IntegerKey = { [K in SettingKey]: (typeof SETTINGS_SCHEMA)[K]['type'] extends 'integer' ? K : never }[SettingKey];

export interface QueueSettings {
  concurrency: number;
  timeoutSeconds: number;
  maxAttempts: number;
  autoStart: boolean;
  fileTypes: string[];
  defaultPhoneRegion: string;
  askForProject: boolean;
  groupByProject: boolean;
  /** 0: finished CVs are kept; otherwise erased once older than this. */
  retentionDays: number;
  ocr: 'auto' | 'off';
  ocrLanguages: string[];
  ocrTimeoutSeconds: number;
  /** Team database: files up to this size are stored with their CV (0: never). */
  maxStoredFileMB: number;
  /** Who queues, corrects and reviews CVs; empty for the OS user name. */
  userName: string;
}

export type SettingGetter = <T>(key: SettingKey, fallback: T) => T;

/** Every setting, each from `get` (the extension's configuration) or its default, brought into range. */
export function readSettings(get: SettingGetter = (_key, fallback) => fallback): QueueSettings {
  const s = SETTINGS_SCHEMA;
  const int = (key: IntegerKey): number => clampInt(get(key, s[key].default), s[key].minimum, s[key].maximum);
  return {
    concurrency: int('concurrency'),
    timeoutSeconds: int('timeoutSeconds'),
    maxAttempts: int('maxAttempts'),
    autoStart: get<boolean>('autoStart', s.autoStart.default) !== false,
    fileTypes: normalizeTypes(get('fileTypes', s.fileTypes.default)),
    defaultPhoneRegion: normalizeRegion(get('defaultPhoneRegion', s.defaultPhoneRegion.default)) ?? s.defaultPhoneRegion.default,
    askForProject: get<boolean>('askForProject', s.askForProject.default) !== false,
    groupByProject: get<boolean>('groupByProject', s.groupByProject.default) === true,
    retentionDays: int('retentionDays'),
    ocr: get<string>('ocr', s.ocr.default) === 'off' ? 'off' : 'auto',
    ocrLanguages: normalizeLanguages(get('ocrLanguages', s.ocrLanguages.default)),
    ocrTimeoutSeconds: int('ocrTimeoutSeconds'),
    maxStoredFileMB: int('maxStoredFileMB'),
    // The old reviewer name still counts until the one name is set.
    userName: String(get('userName', s.userName.default) ?? '').trim() || String(get('reviewerName', s.reviewerName.default) ?? '').trim(),
  };
}

/** A whole number within the setting's range, or a message that names the range. */
export function parseIntegerSetting(key: IntegerKey, text: string, name: string = key): { value: number } | { problem: string } {
  const { minimum, maximum } = SETTINGS_SCHEMA[key];
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < minimum || n > maximum) return { problem: `${name} must be a whole number from ${minimum} to ${maximum}.` };
  return { value: n };
}

/** "de" → "DE"; undefined when it is not a two-letter code. */
export function normalizeRegion(value: unknown): string | undefined {
  const text = String(value ?? '').trim();
  return new RegExp(SETTINGS_SCHEMA.defaultPhoneRegion.pattern).test(text) ? text.toUpperCase() : undefined;
}

export function toWorkerSettings(s: QueueSettings): Omit<WorkerSettings, 'backoffBaseMs'> {
  return { concurrency: s.concurrency, timeoutMs: s.timeoutSeconds * 1000, maxAttempts: s.maxAttempts, ocrTimeoutMs: s.ocr === 'off' ? 0 : s.ocrTimeoutSeconds * 1000 };
}

/** What each parse thread is told about OCR. */
export function ocrJobOptions(s: QueueSettings): Record<string, unknown> {
  return { ocr: s.ocr, ocrLanguages: s.ocrLanguages, ocrTimeoutMs: s.ocrTimeoutSeconds * 1000 };
}

/** Known OCR languages only, in the given order; none known falls back to all of them. */
export function normalizeLanguages(value: unknown): string[] {
  const list = (Array.isArray(value) ? value : String(value ?? '').split(',')).map((l) => String(l).trim().toLowerCase());
  const known = [...new Set(list.filter((l) => OCR_LANGUAGES.includes(l)))];
  return known.length ? known : [...OCR_LANGUAGES];
}

function clampInt(value: unknown, min: number, max: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

/** Accepts "pdf", ".PDF" and ".pdf" alike; an empty list falls back to every supported type. */
function normalizeTypes(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  const types = list.map((t) => String(t).trim().toLowerCase()).filter(Boolean).map((t) => (t.startsWith('.') ? t : `.${t}`));
  return types.length ? [...new Set(types)] : [...FILE_TYPES];
}
