import path from 'node:path';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_BASE = 100;

/**
 * A file base name that is valid on Windows, macOS and Linux: no path separators, no characters
 * Windows forbids, no control characters, no trailing dot or space, not a reserved device name.
 */
export function sanitizeBaseName(name: string): string {
  let base = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '');
  if ([...base].length > MAX_BASE) base = [...base].slice(0, MAX_BASE).join('').trim();
  base = base.replace(/[. ]+$/, '');
  if (RESERVED.test(base)) base = `${base}_`;
  return base;
}

/** The base name for a CV's file: the candidate's name, else the source file's name without extension. */
export function cvBaseName(candidateName: string | undefined, sourceFileName: string): string {
  return sanitizeBaseName(candidateName ?? '') || sanitizeBaseName(path.parse(sourceFileName).name) || 'cv';
}

/**
 * Hands out unique file names: "Jane Doe.json", then "Jane Doe (2).json". Names are compared
 * ignoring case because Windows and macOS folders do.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(private readonly extension: string) {}

  next(base: string): string {
    for (let n = 1; ; n++) {
      const name = `${base}${n === 1 ? '' : ` (${n})`}${this.extension}`;
      const key = name.normalize('NFC').toLowerCase();
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      return name;
    }
  }
}
