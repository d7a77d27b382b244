/**
 * Scores parsed CVs against truth files: precision, recall and F1 per field. The matching rules:
 * phone by digits, location by city, URLs without scheme and "www.", work entries paired by
 * fuzzy company + title, education by institution, skills and languages as case-folded sets.
 */

export const FIELDS = ['contact.name', 'contact.email', 'contact.phone', 'contact.location', 'contact.urls',
  'work.entries', 'work.title', 'work.company', 'work.start', 'work.end',
  'edu.entries', 'edu.degree', 'edu.field', 'edu.start', 'edu.end',
  'skills', 'languages', 'certifications'] as const;
export type Field = (typeof FIELDS)[number];
export interface Tally { tp: number; fp: number; fn: number }
export type Counts = Record<Field, Tally>;
// Truth and prediction are JSON of the parsed-CV shape, possibly malformed: read loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const norm = (s: unknown): string => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function lcsLen(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (!m || !n) return 0;
  let prev = new Array<number>(n + 1).fill(0);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[n];
}

export function ratio(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  return (2 * lcsLen(a, b)) / (a.length + b.length);
}

export function tokenSetRatio(s1: string, s2: string): number {
  const t1 = new Set(norm(s1).split(' ').filter(Boolean));
  const t2 = new Set(norm(s2).split(' ').filter(Boolean));
  if (!t1.size || !t2.size) return 0;
  const inter = [...t1].filter((t) => t2.has(t)).sort();
  const d1 = [...t1].filter((t) => !t2.has(t)).sort();
  const d2 = [...t2].filter((t) => !t1.has(t)).sort();
  if (inter.length && (!d1.length || !d2.length)) return 1;
  const s = inter.join(' ');
  const c1 = [s, d1.join(' ')].filter(Boolean).join(' ');
  const c2 = [s, d2.join(' ')].filter(Boolean).join(' ');
  return Math.max(s ? ratio(s, c1) : 0, s ? ratio(s, c2) : 0, ratio(c1, c2));
}

const digits = (s: unknown): string => String(s ?? '').replace(/\D/g, '').replace(/^0+/, '');
const ymd = (d: unknown): string | undefined => {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(String(d ?? ''));
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : undefined;
};
const url = (u: unknown): string => String(u ?? '').toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);

export function newCounts(): Counts {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Counts;
}

function single(c: Tally, t: unknown, p: unknown, eq: (a: Json, b: Json) => boolean): void {
  const tp = present(t);
  const pp = present(p);
  if (tp && pp && eq(t, p)) {
    c.tp++;
    return;
  }
  if (pp) c.fp++;
  if (tp) c.fn++;
}

function setScore(c: Tally, tArr: string[], pArr: string[], key: (s: string) => string = norm): void {
  const T = new Set(tArr.map(key).filter(Boolean));
  const P = new Set(pArr.map(key).filter(Boolean));
  for (const x of P) {
    if (T.has(x)) c.tp++;
    else c.fp++;
  }
  for (const x of T) if (!P.has(x)) c.fn++;
}

/** Greedy one-to-one matching by descending similarity above a threshold. */
function match<T, P>(T: T[], P: P[], sim: (t: T, p: P) => number, thr = 0.8): { pairs: [number, number][]; tUn: number[]; pUn: number[] } {
  const cand: [number, number, number][] = [];
  T.forEach((t, i) => P.forEach((p, j) => {
    const s = sim(t, p);
    if (s >= thr) cand.push([s, i, j]);
  }));
  cand.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const ti = new Set<number>();
  const pj = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cand) {
    if (!ti.has(i) && !pj.has(j)) {
      ti.add(i);
      pj.add(j);
      pairs.push([i, j]);
    }
  }
  return { pairs, tUn: T.map((_, i) => i).filter((i) => !ti.has(i)), pUn: P.map((_, j) => j).filter((j) => !pj.has(j)) };
}

const strEq = (a: Json, b: Json): boolean => ratio(norm(a), norm(b)) >= 0.85;
const setEq = (a: Json, b: Json): boolean => tokenSetRatio(a, b) >= 0.8;
const dateEq = (a: Json, b: Json): boolean => ymd(a) === ymd(b);
const endOf = (e: Json): string | undefined => (e && present(e.end_date) ? ymd(e.end_date) : e && e.current === true ? 'present' : undefined);
type EntryField = [string, (e: Json) => unknown, (a: Json, b: Json) => boolean];

function scoreEntries(C: Counts, prefix: 'work' | 'edu', T: Json[], P: Json[], keyOf: (e: Json) => string, fields: EntryField[]): void {
  const { pairs, tUn, pUn } = match(T, P, (t, p) => tokenSetRatio(keyOf(t), keyOf(p)));
  const entries = C[`${prefix}.entries`];
  entries.tp += pairs.length;
  entries.fp += pUn.length;
  entries.fn += tUn.length;
  const at = (f: string): Tally => C[`${prefix}.${f}` as Field];
  for (const [i, j] of pairs) for (const [f, get, eq] of fields) single(at(f), get(T[i]), get(P[j]), eq);
  for (const j of pUn) for (const [f, get] of fields) if (present(get(P[j]))) at(f).fp++;
  for (const i of tUn) for (const [f, get] of fields) if (present(get(T[i]))) at(f).fn++;
}

export function scoreDoc(truth: Json, pred: Json): Counts {
  const C = newCounts();
  const tc = truth.contact || {};
  const pc = (pred && typeof pred.contact === 'object' && pred.contact) || {};
  single(C['contact.name'], tc.name, pc.name, (a, b) => norm(a) === norm(b));
  single(C['contact.email'], tc.email, pc.email, (a, b) => a.trim().toLowerCase() === String(b).trim().toLowerCase());
  single(C['contact.phone'], tc.phone, pc.phone ?? pc.phone_e164, (a, b) => {
    const x = digits(a);
    const y = digits(b);
    return x === y || (Math.min(x.length, y.length) >= 7 && (x.endsWith(y) || y.endsWith(x)) && Math.abs(x.length - y.length) <= 3);
  });
  single(C['contact.location'], tc.location, pc.location, (a, b) => {
    const city = norm(a.split(',')[0]);
    return (!!city && ` ${norm(b)} `.includes(` ${city} `)) || tokenSetRatio(a, b) >= 0.8;
  });
  const urls = (c: Json): string[] => ['linkedin', 'github', 'website'].map((k) => c[k]).filter(present).map(url);
  setScore(C['contact.urls'], urls(tc), urls(pc), (x) => x);
  const arr = (x: Json): Json[] => (Array.isArray(x) ? x.filter((e) => e && typeof e === 'object') : []);
  scoreEntries(C, 'work', arr(truth.work_history), arr(pred?.work_history), (e) => `${e.company ?? ''} ${e.title ?? ''}`, [
    ['title', (e) => e.title, strEq], ['company', (e) => e.company, strEq],
    ['start', (e) => ymd(e.start_date), dateEq], ['end', endOf, (a, b) => a === b],
  ]);
  scoreEntries(C, 'edu', arr(truth.education), arr(pred?.education), (e) => e.institution ?? '', [
    ['degree', (e) => e.degree, setEq], ['field', (e) => e.field, setEq],
    ['start', (e) => ymd(e.start_date), dateEq], ['end', (e) => ymd(e.end_date), dateEq],
  ]);
  const strs = (x: Json): string[] => (Array.isArray(x) ? x.filter((s) => typeof s === 'string') : []);
  setScore(C.skills, strs(truth.skills), strs(pred?.skills));
  setScore(C.languages, arr(truth.languages).map((l) => l.language ?? ''), arr(pred?.languages).map((l) => l.language ?? ''));
  const cm = match(arr(truth.certifications), arr(pred?.certifications), (t, p) => tokenSetRatio(t.name ?? '', p.name ?? ''));
  C.certifications.tp += cm.pairs.length;
  C.certifications.fp += cm.pUn.length;
  C.certifications.fn += cm.tUn.length;
  return C;
}

export interface Prf { p: number; r: number; f1: number; support: number }

export function prf({ tp, fp, fn }: Tally): Prf {
  const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
}

/** Micro F1 over all field values of one document. */
export function docF1(c: Counts): number {
  const s = Object.values(c).reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  return prf(s).f1;
}

/** The unweighted mean of the per-field F1 over fields with any truth or prediction. */
export function overallF1(docs: Counts[]): { overall: number; fields: Record<Field, Tally & Prf> } {
  const total = newCounts();
  for (const c of docs) for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn'] as const) total[f][k] += c[f][k];
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { ...total[f], ...prf(total[f]) }])) as Record<Field, Tally & Prf>;
  const used = FIELDS.filter((f) => total[f].tp + total[f].fp + total[f].fn > 0);
  return { overall: used.reduce((s, f) => s + fields[f].f1, 0) / (used.length || 1), fields };
}

/** Files of a folder that have a `<name>.truth.json` beside them, sorted. */
export function scorableFiles(names: string[], has: (truthName: string) => boolean): string[] {
  return names.filter((f) => (!f.endsWith('.json') && !f.endsWith('.md')) || (/\.md$/.test(f) && !/^README/i.test(f)))
    .filter((f) => has(`${f.replace(/\.[^.]+$/, '')}.truth.json`)).sort();
}
