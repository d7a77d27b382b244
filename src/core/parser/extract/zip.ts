import { unzipSync } from 'fflate';
import { CvParseError } from '../errors';

/** Entries above this size are not read: a CV's XML is small, a zip bomb is not. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads the wanted entries of a zip file; `what` names the format in error messages. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, what: string): Record<string, Uint8Array> {
  if (!isZip(bytes)) throw new CvParseError(`not a valid ${what} file (not a zip archive)`);
  try {
    return unzipSync(bytes, { filter: (f) => wanted(f.name) && f.originalSize <= MAX_ENTRY_BYTES });
  } catch (err) {
    throw new CvParseError(`damaged ${what} file: ${(err as Error).message ?? String(err)}`);
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
