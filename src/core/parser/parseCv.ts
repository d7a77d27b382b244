import fs from 'node:fs/promises';
import path from 'node:path';
import { type ParsedCV, emptyParsedCV } from '../parsedCv';
import { TRANSIENT_READ_CODES } from '../readErrors';
import type { DocLine, ExtractedDoc } from './document';
import { CvParseError } from './errors';
import { extractDocument } from './extract/extract';
import type { OcrOptions } from './ocr/session';
import { LOW_OCR_CONFIDENCE } from './ocr/lowConfidence';
import { parseCertifications } from './fields/certifications';
import { NO_STRUCTURE_WARNING, confidence, datedLineCount, structureMissing } from './fields/confidence';
import { findContact } from './fields/contact';
import { parseEducation } from './fields/education';
import { recoverEntries } from './fields/fallback';
import { isLanguage, parseLanguages } from './fields/languages';
import type { HeadingFinding } from './fields/headingMarks';
import { type Section, sectionOrder, sectionsWithHeadings } from './fields/sections';
import { levelPairs, parseSkills } from './fields/skills';
import { parseWork } from './fields/work';
import { locateValues } from './provenance/locate';

export interface ParseOptions extends OcrOptions {
  /** ISO 3166 alpha-2 region for phone numbers written without a country code, e.g. 'DE'. */
  defaultPhoneRegion?: string;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Whole mebibytes, as the limit is set ("50 MB", never "52.4288 MB"). */
const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

/** A CV file's bytes, or a CvParseError saying why they cannot be parsed (missing, empty, too large…). */
export async function readCvFile(filePath: string): Promise<Uint8Array> {
  try {
    const st = await fs.stat(filePath);
    if (!st.isFile()) throw new CvParseError('not a file');
    if (st.size === 0) throw new CvParseError('empty file');
    if (st.size > MAX_FILE_BYTES) throw new CvParseError(`file too large (${megabytes(st.size)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB)`);
    return new Uint8Array(await fs.readFile(filePath));
  } catch (err) {
    if (err instanceof CvParseError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') throw new CvParseError('file not found');
    if (code === 'EACCES' || code === 'EPERM') throw new CvParseError('permission denied: the file cannot be read');
    throw new CvParseError(`could not read the file: ${(err as Error).message}`, !TRANSIENT_READ_CODES.has(code));
  }
}

export async function parseCv(filePath: string, options: ParseOptions = {}): Promise<ParsedCV> {
  const bytes = await readCvFile(filePath);
  return parseBuffer(bytes, path.basename(filePath), options);
}

export async function parseBuffer(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedCV> {
  return (await readBuffer(bytes, fileName, options)).cv;
}

/** What the parser saw on the way to its result: the extracted lines, the sections and their headings. */
export interface ParseExplanation {
  cv: ParsedCV;
  doc: ExtractedDoc;
  sections: Section[];
  headings: HeadingFinding;
}

export async function explainCv(filePath: string, options: ParseOptions = {}): Promise<ParseExplanation> {
  const bytes = await readCvFile(filePath);
  return readBuffer(bytes, path.basename(filePath), options);
}

async function readBuffer(bytes: Uint8Array, fileName: string, options: ParseOptions): Promise<ParseExplanation> {
  const start = performance.now();
  if (bytes.length === 0) throw new CvParseError('empty file');
  if (bytes.length > MAX_FILE_BYTES) throw new CvParseError(`file too large (the limit is ${megabytes(MAX_FILE_BYTES)} MB)`);
  let doc: ExtractedDoc;
  try {
    doc = await extractDocument(bytes, fileName, options);
  } catch (err) {
    if (err instanceof CvParseError) throw err;
    throw new CvParseError(`could not read this ${path.extname(fileName).slice(1).toUpperCase() || 'file'}: ${(err as Error)?.message ?? String(err)}`);
  }
  const chars = doc.lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
  if (chars === 0 || (chars < 20 && fileName.toLowerCase().endsWith('.pdf'))) {
    throw new CvParseError(noTextReason(fileName, doc, options));
  }
  let seen: ParseExplanation;
  try {
    const { sections, headings } = sectionsWithHeadings(doc);
    seen = { cv: readFields(doc, sections, options), doc, sections, headings };
    const provenance = locateValues(seen.cv, doc);
    if (provenance) seen.cv.provenance = provenance;
  } catch (err) {
    if (err instanceof CvParseError) throw err;
    throw new CvParseError(`could not make sense of this CV: ${(err as Error)?.message ?? String(err)}`);
  }
  seen.cv.extract_time_ms = Math.round((performance.now() - start) * 10) / 10;
  return seen;
}


function noTextReason(fileName: string, doc: ExtractedDoc, options: ParseOptions): string {
  if (doc.ocr) return 'no text found by OCR: the scan may be blank, too faint or not a document';
  if (!fileName.toLowerCase().endsWith('.pdf')) return 'no text in this file';
  return options.ocr === 'off' ? 'no text layer: this looks like a scanned image (OCR is turned off)' : 'no text layer and no scanned page image to read';
}

function linesOf(sections: Section[], key: Section['key']): DocLine[] {
  return sections.filter((s) => s.key === key).flatMap((s) => s.lines);
}

function readFields(doc: ExtractedDoc, sections: Section[], options: ParseOptions): ParsedCV {
  const cv = emptyParsedCV();
  cv.warnings.push(...doc.warnings);
  if (doc.ocr) {
    cv.ocr = doc.ocr;
    if (doc.ocr.mean_confidence < LOW_OCR_CONFIDENCE) cv.warnings.push(`read by OCR with low confidence (${Math.round(doc.ocr.mean_confidence * 100)} %): check the fields against the document`);
  }
  cv.raw_text = doc.lines.map((l) => l.text.replace(/\t/g, '  ')).join('\n');
  const textLength = cv.raw_text.replace(/\s/g, '').length;
  const head = [...linesOf(sections, 'header'), ...linesOf(sections, 'contact')];
  cv.contact = findContact(head, doc.lines, doc.links, doc.bodySize, options.defaultPhoneRegion);
  const summary = linesOf(sections, 'summary').map((l) => l.text.replace(/\t/g, ' ')).join(' ').trim();
  if (summary) cv.summary = summary;
  cv.work_history = parseWork(linesOf(sections, 'work_history'));
  cv.education = parseEducation(linesOf(sections, 'education'));
  recoverMissing(cv, sections);
  cv.skills = parseSkills(linesOf(sections, 'skills'));
  cv.languages = parseLanguages(linesOf(sections, 'languages'));
  addUnheadedSkills(cv, sections);
  cv.certifications = parseCertifications(linesOf(sections, 'certifications'));
  for (const s of sections.filter((x) => x.key === 'other')) {
    cv.other_sections.push({ heading: s.heading, content: s.lines.map((l) => l.text.replace(/\t/g, '  ')).join('\n') });
  }
  cv.section_order = sectionOrder(sections, Object.keys(cv.contact).length > 0);
  addWarnings(cv, textLength, sections);
  if (structureMissing(cv, datedLineCount(doc.lines))) cv.warnings.push(NO_STRUCTURE_WARNING);
  cv.parse_confidence = confidence(cv, textLength);
  return cv;
}

/** A work history or education with no heading of its own is looked for in the other sections. */
function recoverMissing(cv: ParsedCV, sections: Section[]): void {
  const want = { work: !cv.work_history.length, education: !cv.education.length };
  if (!want.work && !want.education) return;
  const found = recoverEntries(sections, [cv.contact.name ?? '', cv.contact.location ?? ''], want);
  cv.work_history.push(...found.work);
  cv.education.push(...found.education);
}

/** "Item" / "level" lists outside a skills or languages section. */
function addUnheadedSkills(cv: ParsedCV, sections: Section[]): void {
  const seen = new Set([...cv.skills, ...cv.languages.map((l) => l.language)].map((s) => s.toLowerCase()));
  for (const s of sections.filter((x) => x.key !== 'skills' && x.key !== 'languages' && x.key !== 'work_history' && x.key !== 'education')) {
    for (const item of levelPairs(s.lines)) {
      if (seen.has(item.toLowerCase())) continue;
      seen.add(item.toLowerCase());
      if (isLanguage(item)) cv.languages.push({ language: item });
      else cv.skills.push(item);
    }
  }
}

function addWarnings(cv: ParsedCV, textLength: number, sections: Section[]): void {
  if (!cv.contact.name) cv.warnings.push('no name found');
  if (textLength < 300) cv.warnings.push('very short text: is the whole CV there?');
  if (!sections.some((s) => s.key !== 'header')) cv.warnings.push('no section headings found');
  const undated = cv.work_history.filter((w) => !w.start_date && !w.end_date).length;
  if (undated) cv.warnings.push(`${undated} work ${undated === 1 ? 'entry has' : 'entries have'} no dates that could be read`);
}
