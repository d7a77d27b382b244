/**
 * Finds where the parser read each short value, after all fields are read, so the field readers
 * need not carry positions: a value is looked up in the document's text (PDF runs with their
 * boxes, else raw_text), near the entry it belongs to. Long free text (summary, descriptions,
 * other sections) gets none, which keeps the map small.
 */
import type { ExtractedDoc } from '../document';
import type { ParsedCV, Provenance } from '../../parsedCv';
import { type Haystack, compact, pdfHaystack, textHaystack } from './haystack';

/** Values longer than this are free text: highlighting them says little. */
const MAX_VALUE = 120;
/** At most this many entries, so one CV with 300 skills keeps a small result. */
const MAX_ENTRIES = 200;
/** How far (searchable characters) an entry's other values may be from its first one. */
const NEAR = 400;

const CONTACT = ['name', 'email', 'phone', 'location', 'linkedin', 'github', 'website'] as const;

export function locateValues(cv: ParsedCV, doc: ExtractedDoc): Record<string, Provenance> | undefined {
  const finder = new Finder(doc.runs?.length ? pdfHaystack(doc.runs) : textHaystack(cv.raw_text));
  for (const key of CONTACT) finder.put(`/contact/${key}`, cv.contact[key]);
  let cursor = 0;
  cv.work_history.forEach((w, i) => {
    cursor = finder.entry(`/work_history/${i}`, cursor, [['company', w.company], ['title', w.title], ['location', w.location]], [w.start_date, w.end_date]);
  });
  cursor = 0;
  cv.education.forEach((e, i) => {
    cursor = finder.entry(`/education/${i}`, cursor, [['institution', e.institution], ['degree', e.degree], ['field', e.field], ['grade', e.grade]], [e.start_date, e.end_date]);
  });
  cv.skills.forEach((s, i) => finder.put(`/skills/${i}`, s));
  cv.languages.forEach((l, i) => {
    const at = finder.put(`/languages/${i}/language`, l.language);
    finder.put(`/languages/${i}/proficiency`, l.proficiency, at);
  });
  cv.certifications.forEach((c, i) => {
    const at = finder.put(`/certifications/${i}/name`, c.name);
    finder.put(`/certifications/${i}/issuer`, c.issuer, at);
  });
  return Object.keys(finder.found).length ? finder.found : undefined;
}

/** URLs are stored without a scheme or "www."; the document may show either. */
function searchable(value: string): string {
  return compact(value.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, ''));
}

class Finder {
  readonly found: Record<string, Provenance> = {};
  private count = 0;

  constructor(private readonly hay: Haystack) {}

  /**
   * Records where `value` is: the occurrence nearest `near` when given, else the first. Returns
   * the searchable index it was found at, for the values that belong with it.
   */
  put(path: string, value: string | undefined, near?: number, from = 0): number | undefined {
    if (!value || value.length > MAX_VALUE || this.count >= MAX_ENTRIES) return undefined;
    const needle = searchable(value);
    if (!needle) return undefined;
    const at = (near === undefined ? undefined : this.nearest(needle, near)) ?? this.first(needle, from);
    if (at !== undefined) {
      this.record(path, [[at, at + needle.length - 1]]);
      return at;
    }
    const split = this.wrapped(needle, near ?? from);
    if (split) this.record(path, split);
    return split?.[0][0];
  }

  /**
   * A value wrapped onto a second line beside another column ("jane.doe@exampl" / "e.org" in a
   * sidebar): text of the other column comes between its two parts in reading order. The longest
   * start of the value found, and its rest shortly after it.
   */
  private wrapped(needle: string, from: number): [number, number][] | undefined {
    const { text } = this.hay;
    for (let k = needle.length - 1; k >= Math.max(3, needle.length / 3); k--) {
      const head = needle.slice(0, k);
      const rest = needle.slice(k);
      for (let a = text.indexOf(head, from), tries = 0; a >= 0 && tries < 5; a = text.indexOf(head, a + 1), tries++) {
        const b = text.indexOf(rest, a + k);
        if (b >= 0 && b - (a + k) <= NEAR) return [[a, a + k - 1], [b, b + rest.length - 1]];
      }
    }
    return undefined;
  }

  /**
   * One work or education entry: its first value found after the previous entry anchors it, the
   * others and its dates are taken nearest that anchor. Returns where the next entry is looked for.
   */
  entry(base: string, cursor: number, fields: [string, string | undefined][], dates: (string | undefined)[]): number {
    let anchor: number | undefined;
    for (const [key, value] of fields) {
      const at = this.put(`${base}/${key}`, value, anchor, cursor);
      anchor ??= at;
    }
    if (anchor === undefined) return cursor;
    const start = this.putDate(`${base}/start_date`, dates[0], anchor, -1);
    this.putDate(`${base}/end_date`, dates[1], anchor, start ?? -1);
    return anchor + 1;
  }

  /**
   * Dates are stored as "YYYY-MM": the year is found nearest the entry (after the start date, for
   * the end date) and the word around it shown. Returns the year's searchable index.
   */
  private putDate(path: string, value: string | undefined, near: number, after: number): number | undefined {
    const year = /^\d{4}/.exec(value ?? '')?.[0];
    if (!year || this.count >= MAX_ENTRIES) return undefined;
    const at = this.nearest(year, near, after);
    if (at === undefined) return undefined;
    const { hay } = this;
    const [from, to] = hay.word(hay.at[at]);
    let start = from;
    // "May 2021": a month written apart from its year is the word before the year.
    if (value && value.length > 4 && to - from < 5) {
      // A word holds no white space, so its first character is this many searchable characters back.
      const prev = at - (hay.at[at] - from) - 1;
      const [pFrom, pTo] = prev >= 0 && /\p{L}/u.test(hay.text[prev]) ? hay.word(hay.at[prev]) : [from, from];
      if (pTo - pFrom < 10) start = pFrom;
    }
    this.found[path] = hay.provenance([[start, to]]);
    this.count++;
    return at;
  }

  /** Pieces of the searchable text, as the source's characters. */
  private record(path: string, pieces: [number, number][]): void {
    this.found[path] = this.hay.provenance(pieces.map(([a, b]) => [this.hay.at[a], this.hay.at[b]]));
    this.count++;
  }

  private first(needle: string, from: number): number | undefined {
    const at = this.hay.text.indexOf(needle, from);
    if (at >= 0) return at;
    const again = from > 0 ? this.hay.text.indexOf(needle) : -1;
    return again >= 0 ? again : undefined;
  }

  private nearest(needle: string, near: number, after = -1): number | undefined {
    let best: number | undefined;
    for (let at = this.hay.text.indexOf(needle, Math.max(after + 1, near - NEAR)); at >= 0 && at <= near + NEAR; at = this.hay.text.indexOf(needle, at + 1)) {
      if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
    }
    return best;
  }
}
