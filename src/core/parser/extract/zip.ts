import zlib from 'node:zlib';
import { CvParseError } from '../errors';

/**
 * Unpacked-size limits. A CV's XML is a few hundred kilobytes; a zip bomb declares small sizes
 * in its headers and inflates to gigabytes, so the limits are counted while inflating (zlib's
 * maxOutputLength stops the inflater as soon as its output passes it), never taken from the
 * headers, and nothing over them reaches an XML parser.
 */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const MAX_ARCHIVE_BYTES = 128 * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipLimits {
  entryBytes: number;
  archiveBytes: number;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function findEndRecord(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) if (u32(b, i) === EOCD) return i;
  throw new Error('no zip directory found');
}

/** The archive's central directory: the names and where each entry's data lies. */
function centralDirectory(b: Uint8Array): Entry[] {
  const end = findEndRecord(b);
  const count = u16(b, end + 10);
  let p = u32(b, end + 16);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new Error('zip directory is damaged');
    const nameLen = u16(b, p + 28);
    const name = new TextDecoder('utf-8').decode(b.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, flags: u16(b, p + 8), method: u16(b, p + 10), compressedSize: u32(b, p + 20), localOffset: u32(b, p + 42) });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
}

function tooLarge(limit: number): CvParseError {
  return new CvParseError(`document too large when unpacked (over ${limit / (1024 * 1024)} MB): possibly a zip bomb`);
}

/** Inflates one entry; zlib stops as soon as the output passes what the entry and the document may still take. */
function inflateEntry(b: Uint8Array, e: Entry, budget: { left: number }, limits: ZipLimits): Uint8Array {
  if (e.flags & 1) throw new CvParseError('encrypted archive (password protected)');
  if (u32(b, e.localOffset) !== LOCAL) throw new Error(`entry ${e.name} is damaged`);
  const start = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
  const data = b.subarray(start, Math.min(b.length, start + e.compressedSize));
  const max = Math.min(limits.entryBytes, budget.left);
  const over = (): CvParseError => tooLarge(max === limits.entryBytes ? limits.entryBytes : limits.archiveBytes);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw over();
      throw err;
    }
  } else throw new Error(`entry ${e.name} uses an unsupported compression method (${e.method})`);
  if (out.length > max) throw over();
  budget.left -= out.length;
  return out;
}

/** Reads the wanted entries of a zip file; `what` names the format in error messages. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, what: string, limits: ZipLimits = { entryBytes: MAX_ENTRY_BYTES, archiveBytes: MAX_ARCHIVE_BYTES }): Record<string, Uint8Array> {
  if (!isZip(bytes)) throw new CvParseError(`not a valid ${what} file (not a zip archive)`);
  const budget = { left: limits.archiveBytes };
  try {
    const out: Record<string, Uint8Array> = {};
    for (const e of centralDirectory(bytes)) if (wanted(e.name) && !(e.name in out)) out[e.name] = inflateEntry(bytes, e, budget, limits);
    return out;
  } catch (err) {
    if (err instanceof CvParseError) throw err;
    throw new CvParseError(`damaged ${what} file: ${(err as Error)?.message ?? String(err)}`);
  }
}

export function zipEntryNames(bytes: Uint8Array, what: string): string[] {
  const names: string[] = [];
  readZipEntries(bytes, (n) => {
    names.push(n);
    return false;
  }, what);
  return names;
}

export function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
