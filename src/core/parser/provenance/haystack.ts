/**
 * The document's text in a form values can be searched in: every character but white space and
 * list separators, lower-cased, with where it came from. Leaving out white space lets "S c h u y l e r"
 * (letter-spaced capitals drawn one glyph a run) and "Acme  GmbH" match the values the field
 * readers cleaned.
 */
import type { TextRun } from '../document';
import type { Provenance } from '../../parsedCv';

export interface Haystack {
  /** The searchable text: no white space, lower case. */
  text: string;
  /** For each character of `text`, its place in the source (see `provenance`). */
  at: number[];
  /** Where the source characters are: pieces [from, to] (inclusive), in order, of one value. */
  provenance(pieces: [number, number][]): Provenance;
  /** Widens a source character to the word around it, as [from, to] inclusive. */
  word(at: number): [number, number];
}

function fold(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

/** Left out of the searchable text: white space, and separators a reader adds or drops ("Arkansas, US"). */
const SKIP = /[\s,;·|]/;

/** The searchable form of a value: what `Haystack.text` holds for the same characters. */
export function compact(s: string): string {
  return [...s.normalize('NFC')].filter((c) => !SKIP.test(c)).map(fold).join('');
}

function build(source: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (SKIP.test(c)) continue;
    text += fold(c);
    at.push(i);
  }
  return { text, at };
}

function wordAround(source: string, at: number, stop: (i: number) => boolean): [number, number] {
  let from = at;
  let to = at;
  while (from > 0 && !stop(from - 1) && !SKIP.test(source[from - 1])) from--;
  while (to < source.length - 1 && !stop(to + 1) && !SKIP.test(source[to + 1])) to++;
  return [from, to];
}

/** Character ranges of raw_text: for formats without positions. */
export function textHaystack(rawText: string): Haystack {
  const nfc = rawText.normalize('NFC');
  // NFC may shorten the text; ranges must index raw_text as stored, so the original is searched then.
  const source = nfc.length === rawText.length ? nfc : rawText;
  return {
    ...build(source),
    provenance: (pieces) => ({ start: pieces[0][0], end: pieces[pieces.length - 1][1] + 1 }),
    word: (at) => wordAround(source, at, () => false),
  };
}

/** Runs in reading order of the page: top to bottom by baseline, left to right. */
function ordered(runs: TextRun[]): TextRun[] {
  return [...runs].sort((a, b) => a.page - b.page || (Math.abs(a.y - b.y) <= 0.35 * Math.min(a.size, b.size) ? a.x - b.x : a.y - b.y));
}

/** Boxes on PDF pages: the runs' characters laid end to end, a space between runs. */
export function pdfHaystack(allRuns: TextRun[]): Haystack {
  const runs = ordered(allRuns.filter((r) => r.str.length > 0));
  const runOf: number[] = [];
  let source = '';
  runs.forEach((r, i) => {
    const s = r.str.normalize('NFC').length === r.str.length ? r.str.normalize('NFC') : r.str;
    source += `${s} `;
    for (let k = 0; k <= s.length; k++) runOf.push(i);
  });
  const starts: number[] = [];
  runOf.forEach((r, i) => {
    if (starts[r] === undefined) starts[r] = i;
  });
  return {
    ...build(source),
    provenance: (pieces) => runBox(runs, runOf, starts, pieces),
    // A word ends at its run's end too: runs of one line are joined by a space anyway.
    word: (at) => wordAround(source, at, (i) => runOf[i] !== runOf[at]),
  };
}

/**
 * The box around source characters from..to. A run's glyph widths are not known, so a part of a
 * run is placed in proportion to its characters; the height is the type size above the baseline
 * and a little below it (descenders). Characters on another page than the first are left out.
 */
function runBox(runs: TextRun[], runOf: number[], starts: number[], pieces: [number, number][]): Provenance {
  const page = runs[runOf[pieces[0][0]]].page;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [from, to] of pieces) {
    for (let r = runOf[from]; r <= runOf[to] && runs[r].page === page; r++) {
      const run = runs[r];
      const len = Math.max(1, run.str.length);
      const a = Math.max(from, starts[r]) - starts[r];
      const b = Math.min(to, starts[r] + len - 1) - starts[r] + 1;
      x0 = Math.min(x0, run.x + (run.w * a) / len);
      x1 = Math.max(x1, run.x + (run.w * b) / len);
      y0 = Math.min(y0, run.y - run.size * 0.85);
      y1 = Math.max(y1, run.y + run.size * 0.25);
    }
  }
  const round = (n: number): number => Math.round(n * 10) / 10;
  return { page, box: [round(x0), round(y0), round(x1 - x0), round(y1 - y0)] };
}
