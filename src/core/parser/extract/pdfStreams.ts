/**
 * Compressed PDF streams measured before pdf.js decodes them. pdf.js inflates a stream into a
 * growing buffer that lives outside the parse thread's heap cap, so a Flate bomb of one megabyte
 * fills gigabytes and the system kills the whole process. Deflate expands at most about 1032:1,
 * so only streams that could pass a limit are inflated here, largest first, with zlib's
 * maxOutputLength stopping the inflater as soon as its output passes the limit.
 * Encrypted streams cannot be measured without the key; they are left to pdf.js.
 * Cost: a few hundred kilobytes of fonts inflated per ordinary PDF, about a millisecond.
 */
import zlib from 'node:zlib';
import { CvParseError } from '../errors';

export interface PdfStreamLimits {
  /** Bytes one stream may inflate to. */
  perStream: number;
  /** Bytes all the streams may inflate to together. */
  perDocument: number;
}

export const PDF_STREAM_LIMITS: PdfStreamLimits = { perStream: 64 * 2 ** 20, perDocument: 256 * 2 ** 20 };

const MAX_DEFLATE_RATIO = 1032;

interface FlateStream {
  data: Uint8Array;
  /** How many FlateDecode filters are chained on it. */
  layers: number;
}

/** Throws a CvParseError when a stream of the PDF inflates past a limit. */
export function checkPdfStreams(bytes: Uint8Array, limits: PdfStreamLimits = PDF_STREAM_LIMITS): void {
  const streams = flateStreams(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  streams.sort((a, b) => b.data.length - a.data.length);
  let bound = 0;
  for (const s of streams) bound += potential(s);
  for (const s of streams) {
    if (potential(s) <= limits.perStream && bound <= limits.perDocument) continue;
    bound += inflatedSize(s, limits.perStream) - potential(s);
  }
  if (bound > limits.perDocument) throw tooLarge(limits.perDocument, 'all its compressed streams together inflate');
}

function potential(s: FlateStream): number {
  return s.data.length * MAX_DEFLATE_RATIO ** s.layers;
}

function inflatedSize(s: FlateStream, limit: number): number {
  let data: Uint8Array = s.data;
  for (let i = 0; i < s.layers; i++) {
    try {
      data = zlib.inflateSync(data, { maxOutputLength: limit, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit, 'a compressed stream inflates');
      return data.length; // damaged or encrypted data: pdf.js decides what to do with it
    }
  }
  return data.length;
}

function tooLarge(limit: number, what: string): CvParseError {
  return new CvParseError(`PDF refused: ${what} beyond ${limit / 2 ** 20} MB (a compression bomb?)`);
}

/** Every stream whose filters include FlateDecode, with its raw data. */
function flateStreams(buf: Buffer): FlateStream[] {
  const out: FlateStream[] = [];
  let at = 0;
  for (;;) {
    const k = buf.indexOf('stream', at, 'latin1');
    if (k < 0) return out;
    at = k + 6;
    if (buf.toString('latin1', k - 3, k) === 'end') continue;
    const start = dataStart(buf, at);
    if (start < 0) continue;
    const dict = buf.toString('latin1', Math.max(0, k - 4096), k);
    const open = dict.lastIndexOf(' obj');
    const own = open >= 0 ? dict.slice(open) : dict;
    const layers = (own.match(/\/FlateDecode\b/g) ?? []).length;
    if (!layers) continue;
    const end = dataEnd(buf, start, own);
    // pdf.js reads an image only as far as its declared width and height, so images cannot bomb.
    if (!/\/Subtype\s*\/Image\b/.test(own)) out.push({ data: buf.subarray(start, end), layers });
    at = end;
  }
}

function dataStart(buf: Buffer, at: number): number {
  if (buf[at] === 0x0a) return at + 1;
  if (buf[at] === 0x0d) return buf[at + 1] === 0x0a ? at + 2 : at + 1;
  return -1;
}

function dataEnd(buf: Buffer, start: number, dict: string): number {
  const direct = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
  const length = direct ? Number(direct[1]) : NaN;
  if (Number.isFinite(length) && start + length <= buf.length) return start + length;
  const end = buf.indexOf('endstream', start, 'latin1');
  return end < 0 ? buf.length : end;
}
