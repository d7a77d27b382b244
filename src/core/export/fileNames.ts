import path from 'node:path';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_BASE = 100;
// File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS); this leaves
// room for " (99999)" and the extension, in UTF-8 where a character can take four bytes.
const MAX_BASE_BYTES = 200;

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
  base = truncate(base);
  base = base.replace(/[. ]+$/, '');
  if (RESERVED.test(base)) base = `${base}_`;
  return base;
}

/** At most MAX_BASE characters and MAX_BASE_BYTES bytes of UTF-8, cut between characters. */
function truncate(base: string): string {
  const chars = [...base].slice(0, MAX_BASE);
  while (Buffer.byteLength(chars.join(''), 'utf8') > MAX_BASE_BYTES) chars.pop();
  return chars.join('').trim();
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
