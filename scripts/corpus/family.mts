/** What a layout family is: the formats and languages it is made in, how it renders a CV, which split it belongs to. */
import type { Faker } from '@faker-js/faker';
import type { CvData } from './cvData.mjs';
import type { RangeStyle, Style } from './style.mjs';
import type { Lang } from './vocab.mjs';

export type Format = 'pdf' | 'docx' | 'odt' | 'rtf' | 'txt' | 'md';
export type Split = 'train' | 'validation';

export interface Doc { cv: CvData; style: Style; f: Faker; format: Format }

/** html is printed to PDF by Chromium; docx is saved, or converted by LibreOffice to the doc's format; pdf is written as made */
export type Output = { kind: 'html'; html: string; softHyphens?: boolean } | { kind: 'text'; text: string } | { kind: 'docx'; buffer: Buffer } | { kind: 'pdf'; buffer: Buffer };

export interface Family {
  /** the manifest's "layout", e.g. "html:margin-headings" */
  id: string;
  /** a short name for file names */
  short: string;
  /** fixed once: validation families are never used to tune the parser */
  split: Split;
  formats: Format[];
  /** languages cycled through, so each family's share of non-English documents is known */
  langs: Lang[];
  ranges: RangeStyle[];
  bullets?: string[];
  /** takes out of the data what this layout does not show (recorded in cv.dropped) */
  adapt?(cv: CvData, f: Faker, style: Style): void;
  render(doc: Doc): Promise<Output> | Output;
}
