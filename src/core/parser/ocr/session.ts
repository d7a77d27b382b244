/**
 * OCR for one document: the options it was asked for, one time budget shared by its pages, and
 * the figures the parsed CV reports (pages read, mean word confidence, languages).
 */
import type { PdfItem } from '../extract/layout/rows';
import { CvParseError } from '../errors';
import { DEFAULT_OCR_LANGUAGES, DEFAULT_OCR_TIMEOUT_MS, type OcrPage, type Region, recognize } from './engine';
import { ocrItems } from './items';
import { looksTurned, middleBand, realWords, turn } from './orientation';
import { type GreyImage, toPgm } from './pgm';
import { doubtfulWords } from './reread';

export interface OcrOptions {
  /** 'off' keeps scanned pages unread (a scanned PDF then fails as before). */
  ocr?: 'auto' | 'off';
  /** tesseract language codes; the package carries eng, deu, fra and spa. */
  ocrLanguages?: string[];
  /** The time all OCR of one document may take. */
  ocrTimeoutMs?: number;
}

export interface OcrSummary {
  pages: number;
  /** 0..1 */
  mean_confidence: number;
  languages: string[];
}

export class OcrSession {
  readonly enabled: boolean;
  private readonly languages: string[];
  private readonly deadline: number;
  private readonly budgetMs: number;
  private pages = 0;
  private words = 0;
  private confidenceSum = 0;

  constructor(options: OcrOptions = {}) {
    this.enabled = options.ocr !== 'off';
    this.languages = options.ocrLanguages?.length ? options.ocrLanguages : DEFAULT_OCR_LANGUAGES;
    this.budgetMs = options.ocrTimeoutMs ?? DEFAULT_OCR_TIMEOUT_MS;
    this.deadline = Date.now() + this.budgetMs;
  }

  /** Text runs read from one page image; `scale` turns image pixels into page points. */
  async read(image: Buffer, scale: number): Promise<PdfItem[]> {
    return this.count(await this.recognize(image, scale), scale);
  }

  /**
   * A scanned page's runs, read upright: a page whose first reading looks turned is tried in the
   * other three orientations. `width` is the upright page's width in points.
   */
  async readScan(img: GreyImage, scale: number): Promise<{ items: PdfItem[]; width: number }> {
    let pgm = toPgm(img);
    let page = await this.recognize(pgm, scale);
    let upright = img;
    if (looksTurned(page.lines)) {
      const quarter = await this.bestTurn(img, scale);
      if (quarter) {
        upright = turn(img, quarter);
        pgm = toPgm(upright);
        page = await this.recognize(pgm, scale);
      }
    }
    await this.rereadDoubtful(pgm, upright, page, scale);
    return { items: this.count(page, scale), width: upright.width * scale };
  }

  /** Boxes tesseract folded several small lines into are read again alone; their lines replace them. */
  private async rereadDoubtful(pgm: Buffer, img: GreyImage, page: OcrPage, scale: number): Promise<void> {
    for (const { line, word, region } of doubtfulWords(page.lines, img.width, img.height)) {
      const again = await this.recognize(pgm, scale, region);
      line.words = line.words.filter((w) => w !== word);
      page.lines.push(...again.lines);
    }
  }

  /** The quarter turns that make the middle of the page read most real words (0 if none helps). */
  private async bestTurn(img: GreyImage, scale: number): Promise<number> {
    let best = { quarter: 0, real: -1 };
    // At 250 dpi and more, half the resolution still reads words and costs a quarter of the time.
    const fine = 72 / scale >= 250;
    for (const quarter of [0, 1, 3, 2]) {
      const band = middleBand(turn(img, quarter), fine);
      const { real } = realWords((await this.recognize(toPgm(band), fine ? scale * 2 : scale)).lines);
      if (real > best.real * 1.5 + 2) best = { quarter, real };
    }
    return best.quarter;
  }

  private recognize(image: Buffer, scale: number, region?: Region): Promise<OcrPage> {
    const left = this.deadline - Date.now();
    if (left <= 0) throw this.timedOut();
    return recognize(image, this.languages, left, 72 / scale, region).catch((err: unknown) => {
      // The engine knows only the time that was left; the reader wants the document's budget.
      if (err instanceof CvParseError && err.message.startsWith('OCR did not finish')) throw this.timedOut();
      throw err;
    });
  }

  private timedOut(): CvParseError {
    return new CvParseError(`OCR did not finish within ${Math.round(this.budgetMs / 1000)} s`);
  }

  private count(page: OcrPage, scale: number): PdfItem[] {
    const r = ocrItems(page.lines, scale);
    this.pages++;
    this.words += r.words;
    this.confidenceSum += r.confidenceSum;
    return r.items;
  }

  summary(): OcrSummary | undefined {
    if (!this.pages) return undefined;
    const mean = this.words ? this.confidenceSum / this.words / 100 : 0;
    return { pages: this.pages, mean_confidence: Math.round(mean * 1000) / 1000, languages: this.languages.filter((l) => DEFAULT_OCR_LANGUAGES.includes(l)) };
  }
}

/** OCR options from an untyped message (a parse thread's job), keeping only well-formed values. */
export function ocrOptionsFrom(raw: Record<string, unknown>): OcrOptions {
  const out: OcrOptions = {};
  if (raw.ocr === 'auto' || raw.ocr === 'off') out.ocr = raw.ocr;
  if (Array.isArray(raw.ocrLanguages) && raw.ocrLanguages.every((l) => typeof l === 'string')) out.ocrLanguages = raw.ocrLanguages as string[];
  if (typeof raw.ocrTimeoutMs === 'number' && raw.ocrTimeoutMs > 0) out.ocrTimeoutMs = raw.ocrTimeoutMs;
  return out;
}
