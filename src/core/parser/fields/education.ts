/**
 * Education entries from their section. Evidence: degree words (EN, DE, FR, ES, IT, PT), school words
 * (words.ts), grade words, the words that join a degree to its school ("at", "presso", "chez", "en"),
 * the entry's date range (entries.ts).
 */
import type { EducationEntry } from '../../parsedCv';
import type { DocLine } from '../document';
import { type RawEntry, splitEntries } from './entries';
import { schoolScore } from './words';

const DEGREE_RE = new RegExp('(?<![\\p{L}])(' + [
  '(?:bachelor|master)(?:[\'’]s(?:\\s+degree)?)?(?:\\s+of\\s+(?:business\\s+administration|fine\\s+arts|science|arts|engineering|laws|education|technology|philosophy|music|public\\s+health|computer\\s+applications))?(?:\\s*\\((?:hons|honours)\\)|\\s+with\\s+honou?rs)?',
  'ph\\.?\\s?d\\.?', 'doctor(?:ate)?(?:\\s+of\\s+\\p{L}+)?', 'doctorat', 'doktor', 'dr\\.\\s?(?:rer\\.\\s?\\p{L}+\\.|phil\\.|med\\.|ing\\.)', 'mba', 'emba',
  'b\\.?\\s?sc\\.?', 'm\\.?\\s?sc\\.?', 'b\\.?\\s?a\\.', 'm\\.?\\s?a\\.', 'b\\.?\\s?eng\\.?', 'm\\.?\\s?eng\\.?', 'b\\.?\\s?ed\\.?', 'm\\.?\\s?ed\\.?', 'b\\.?\\s?s\\.', 'm\\.?\\s?s\\.', 'bs', 'ms', 'ba', 'ma', 'llb', 'llm', 'll\\.[bm]\\.', 'b\\.?tech', 'm\\.?tech', 'mphil', 'msc', 'bsc', 'beng', 'meng',
  'associate(?:\\s+of\\s+\\p{L}+|\\s+degree)?', 'high\\s+school\\s+diploma', 'a-levels?', 'abitur', 'fachabitur', 'mittlere\\s+reife', 'diplom(?:-[\\p{L}]+)?', 'magister', 'staatsexamen', 'ausbildung\\s+zum\\s+\\p{L}+',
  'licence(?:\\s+professionnelle)?', 'maîtrise', 'mastère', 'master\\s+\\d', 'baccalauréat', 'bac\\s*\\+\\s*\\d', 'dut', 'bts', 'diplôme\\s+d[\'’]ingénieur', 'doctorado', 'licenciatura', 'grado', 'máster', 'diplomatura', 'ingeniería', 'bachillerato',
  'laurea(?:\\s+(?:magistrale|triennale|specialistica))?', 'dottorato(?:\\s+di\\s+ricerca)?', 'diploma\\s+di\\s+maturità', 'mestrado', 'doutorado', 'doutoramento', 'bacharelado',
].join('|') + ')(?![\\p{L}])', 'iu');

const GRADE_RE = /(?:,\s*|\s+[-–·]\s*|\s+|^)((?:gpa|grade|note|abschlussnote|durchschnitt|nota|moyenne)\s*:?\s*(?:gpa\s*)?[\d.,]+(?:\s*\/\s*[\d.]+)?|mention\s+(?:très\s+bien|bien|assez\s+bien|passable)|(?:first|second|third)[-\s]class(?:\s+honou?rs)?|summa cum laude|magna cum laude|cum laude|with distinction|mit auszeichnung)/i;

interface DegreeParts {
  degree?: string;
  field?: string;
  grade?: string;
  rest?: string;
}

/** "MBA in Computer Science", "Bachelor of Arts - Mathematics, GPA 3.9", "B.Sc. Maschinenbau". */
export function parseDegree(text: string): DegreeParts {
  let t = text.trim();
  const out: DegreeParts = {};
  const g = GRADE_RE.exec(t);
  if (g) {
    out.grade = g[1].replace(/^(gpa|grade|note|nota)\s*:\s*(gpa\s*)?/i, (_m, a: string, b?: string) => (b || /gpa/i.test(a) ? 'GPA ' : `${a} `)).trim();
    t = (t.slice(0, g.index) + t.slice(g.index + g[0].length)).replace(/[\s,:–-]+$/, '');
  }
  const m = DEGREE_RE.exec(t);
  if (!m) return { ...out, rest: t };
  out.degree = m[1].trim();
  const before = t.slice(0, m.index).replace(/[\s,:–-]+$/, '').trim();
  let after = t.slice(m.index + m[0].length).replace(/^\s*(?:(?:in the field of|in|of|en|im|de)\s+|[(–:,-]\s*)/i, '').replace(/\)\s*$/, '').trim();
  // "Licence, Génie logiciel" / "Doctorat, Statistique"
  after = after.replace(/^[,–-]\s*/, '');
  if (after && !schoolScore(after)) out.field = after.replace(/\s*[,–-].*$/, (s) => (schoolScore(s) ? '' : s)).trim();
  else if (after) out.rest = after;
  if (before && !out.field && !schoolScore(before) && before.split(/\s+/).length <= 5) out.field = before;
  else if (before) out.rest = [before, out.rest].filter(Boolean).join(', ');
  return out;
}

const JOIN_RE = /^(.+)\s+(?:at|@|an der|am|bei|chez|à|à l['’]|auprès de|presso|en|en la|en el)\s+(\p{Lu}.*)$/u;
/** A school known by its initials: "INSEAD", "HEC", "KTH". */
const INITIALS_RE = /^\p{Lu}[\p{Lu}&]{2,7}$/u;

/** The parts of a header text: split at separators, and at "at"/"presso"/"chez"/"en" before a school. */
function pieces(raw: string): string[] {
  return raw.split(/\s*[|·•]\s*|\s+[–—]\s+/u).flatMap((piece) => {
    const j = JOIN_RE.exec(piece);
    return j && schoolScore(j[2]) ? [j[1], j[2]] : [piece];
  });
}

/** Which comma part is the school: one with a school word, else initials beside a degree ("MBA, INSEAD"). */
function schoolPart(parts: string[]): number {
  const named = parts.findIndex((p) => schoolScore(p));
  if (named >= 0 || !parts.some((p) => DEGREE_RE.test(p))) return named;
  return parts.findIndex((p) => INITIALS_RE.test(p) && !DEGREE_RE.test(p));
}

export function toEducation(e: RawEntry): EducationEntry {
  const ed: EducationEntry = {};
  const texts = [...e.head, ...e.description];
  for (const raw of texts) {
    for (const piece of pieces(raw)) {
      const parts = piece.split(/\s*,\s*/);
      const schoolIdx = schoolPart(parts);
      if (schoolIdx >= 0 && !ed.institution && !DEGREE_RE.test(parts[schoolIdx])) {
        ed.institution = parts[schoolIdx].replace(/[.]$/, '');
        const rest = [...parts.slice(0, schoolIdx), ...parts.slice(schoolIdx + 1)].join(', ');
        if (rest) applyDegree(ed, rest);
        continue;
      }
      applyDegree(ed, piece);
    }
  }
  if (!ed.institution) {
    const plain = texts.find((t) => !DEGREE_RE.test(t) && !GRADE_RE.test(t));
    if (plain) ed.institution = plain.split(/\s*[|·]\s*/)[0];
  }
  if (e.range?.start) ed.start_date = e.range.start;
  if (e.range?.end) ed.end_date = e.range.end;
  if (e.range && !e.range.end && !e.range.current && e.range.start && !e.range.end) {
    // A single date under a school is the graduation date.
    ed.end_date = e.range.start;
    delete ed.start_date;
  }
  return ed;
}

function applyDegree(ed: EducationEntry, text: string): void {
  const d = parseDegree(text);
  if (d.grade && !ed.grade) ed.grade = d.grade;
  if (d.degree && !ed.degree) {
    ed.degree = d.degree;
    if (d.field && !ed.field) ed.field = d.field;
  } else if (!d.degree && d.rest && !ed.field && ed.degree && !schoolScore(d.rest) && d.rest.split(/\s+/).length <= 5) {
    ed.field = d.rest;
  } else if (!d.degree && d.rest && !ed.institution && schoolScore(d.rest)) ed.institution = d.rest;
  else if (!d.degree && d.rest && !ed.field && !ed.degree && d.rest.split(/\s+/).length <= 4 && ed.institution && !schoolScore(d.rest)) ed.field = d.rest;
}

/** Whether a text names a degree ("B.Sc.", "Master of Arts", "Laurea magistrale"). */
export function namesDegree(text: string): boolean {
  return DEGREE_RE.test(text);
}

export function parseEducation(lines: DocLine[]): EducationEntry[] {
  return splitEntries(lines).map(toEducation).filter((e) => e.institution || e.degree);
}
