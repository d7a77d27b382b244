/**
 * OCR for one document: the options it was asked for, one time budget shared by its pages, and
 * the figures the parsed CV reports (pages read, mean word confidence, languages).
 */
import type { PdfItem } from '../extract/layout/rows';
import { CvParseError } from '../errors';
import { DEFAULT_OCR_LANGUAGES, DEFAULT_OCR_TIMEOUT_MS, recognize } from './engine';
import { ocrItems } from './items';

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
    const left = this.deadline - Date.now();
    if (left <= 0) throw new CvParseError(`OCR did not finish within ${Math.round(this.budgetMs / 1000)} s`);
    const page = await recognize(image, this.languages, left, 72 / scale);
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
