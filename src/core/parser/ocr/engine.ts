/**
 * One tesseract worker per thread, created on first use and kept for the next page. Language data
 * is read from the package's own tessdata folder, never downloaded, and nothing is cached on disk.
 */
import path from 'node:path';
import { createWorker, type Line, type Worker } from 'tesseract.js';
import { CvParseError } from '../errors';
import { ocrAssetDir } from './assets';

export const DEFAULT_OCR_LANGUAGES = ['eng', 'deu', 'fra', 'spa'];
export const DEFAULT_OCR_TIMEOUT_MS = 180_000;
/** LSTM only: the shipped core has no legacy engine. */
const OEM_LSTM_ONLY = 1;
/**
 * Full page layout analysis without OSD. tesseract.js defaults to one uniform block, which reads
 * a CV's header columns, its date column and its body as one text: a name beside a phone number
 * merges into a line of garbage, and a large light name can be lost altogether.
 */
const PSM_AUTO = '3';
/**
 * Pages are turned upright before they are read (orientation.ts); tesseract reading a sideways
 * page's lines as vertical text would put every word box in the sideways frame.
 */
const NO_VERTICAL_TEXT = '0';
/** A region read again on its own is one block of text (a header column, a contact list). */
const PSM_SINGLE_BLOCK = '6';

/** A part of the page in image pixels. */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface OcrPage {
  lines: Line[];
  /** tesseract's mean word confidence, 0..100. */
  confidence: number;
}

let current: { worker: Promise<Worker>; langs: string } | undefined;

function startWorker(langs: string[]): Promise<Worker> {
  const dir = ocrAssetDir();
  return createWorker(langs, OEM_LSTM_ONLY, {
    workerPath: path.join(dir, 'ocrWorker.js'),
    langPath: path.join(dir, 'tessdata'),
    cacheMethod: 'none',
    gzip: true,
    // Without a handler tesseract.js rethrows a failed job outside its promise, killing the thread.
    errorHandler: () => undefined,
  });
}

async function workerFor(langs: string[]): Promise<Worker> {
  const key = langs.join('+');
  if (current?.langs === key) return current.worker;
  const previous = current;
  current = { worker: previous ? previous.worker.then(async (w) => { await w.reinitialize(key, OEM_LSTM_ONLY); return w; }) : startWorker(langs), langs: key };
  current.worker.catch(() => { current = undefined; });
  return current.worker;
}

/** Stops this thread's tesseract worker; the next OCR starts a new one. */
export async function closeOcr(): Promise<void> {
  const w = current?.worker;
  current = undefined;
  await w?.then((x) => x.terminate()).catch(() => undefined);
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new CvParseError(`OCR did not finish within ${Math.round(ms / 1000)} s`)), ms).unref();
  });
}

/**
 * Reads one image (PNG, JPEG, TIFF, WebP, BMP or PNM bytes), or only `region` of it, and returns
 * its lines of words (boxes in the whole image's pixels).
 */
export async function recognize(image: Buffer, langs: string[], timeoutMs: number, dpi: number, region?: Region): Promise<OcrPage> {
  const known = langs.filter((l) => DEFAULT_OCR_LANGUAGES.includes(l));
  if (!known.length) throw new CvParseError(`no OCR data for ${langs.join(', ')} (available: ${DEFAULT_OCR_LANGUAGES.join(', ')})`);
  try {
    // A known resolution spares tesseract its guess (and the console line it prints about it).
    const job = workerFor(known).then(async (w) => {
      const psm = region ? PSM_SINGLE_BLOCK : PSM_AUTO;
      await w.setParameters({ tessedit_pageseg_mode: psm as never, textord_tabfind_vertical_text: NO_VERTICAL_TEXT, user_defined_dpi: String(Math.round(Math.min(Math.max(dpi, 70), 1200))) });
      return w.recognize(image, region ? { rectangle: region } : { rotateAuto: true }, { blocks: true, text: false });
    });
    const { data } = await Promise.race([job, timeout(timeoutMs)]);
    const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
    return { lines, confidence: data.confidence };
  } catch (err) {
    // A worker that timed out or failed may be stuck mid-page: the next page gets a fresh one.
    await closeOcr();
    if (err instanceof CvParseError) throw err;
    const detail = String((err as Error)?.message ?? err).split('\n')[0];
    if (/read image/i.test(detail)) throw new CvParseError('damaged image: it could not be decoded (truncated or corrupt file?)');
    throw new CvParseError(`OCR failed: ${detail}`);
  }
}
