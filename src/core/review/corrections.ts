import type { ParsedCV } from '../parsedCv';
import { CorrectionError, type FieldShape, checkValue, pointerTokens, shapeAt } from './cvShape';

/** A JSON pointer into ParsedCV, e.g. "/contact/email", "/work_history/0/title", "/skills". */
export interface FieldCorrection {
  path: string;
  value: unknown;
  by: string;
  at: string;
}

export interface FieldChange {
  path: string;
  value: unknown;
}

/** A change checked against the shape of a parsed CV, its value as it will be stored. */
export function checkChange(change: FieldChange): FieldChange {
  const shape = shapeAt(change.path);
  return { path: change.path, value: checkValue(change.path, shape, change.value) };
}

/**
 * The corrections after new ones: a field corrected again keeps only its latest value, and a
 * correction of a whole entry or list replaces earlier corrections inside it.
 */
export function mergeCorrections(existing: readonly FieldCorrection[], added: readonly FieldCorrection[]): FieldCorrection[] {
  let merged = [...existing];
  for (const c of added) {
    merged = merged.filter((old, i) => !(covers(c.path, old.path) && !shiftedSince(merged, i, c.path)));
    merged.push(c);
  }
  return merged;
}

function covers(path: string, other: string): boolean {
  return other === path || other.startsWith(`${path}/`);
}

/**
 * Whether an entry was removed from a list on `path`'s way at or after position `from`: then
 * the same path names another entry than it did before, and the earlier correction must stay.
 */
function shiftedSince(list: readonly FieldCorrection[], from: number, path: string): boolean {
  return list.slice(from).some((r) => r.value === null && /\/\d+$/.test(r.path) && path.startsWith(`${r.path.replace(/\/\d+$/, '')}/`));
}

/**
 * The parsed CV with corrections applied in order, on a copy. A correction that no longer fits
 * (the CV was processed again and has fewer entries) is skipped and returned, so it is kept for
 * a later result rather than lost.
 */
export function applyCorrections(original: ParsedCV, corrections: readonly FieldCorrection[]): { cv: ParsedCV; skipped: FieldCorrection[] } {
  const cv = structuredClone(original);
  const skipped: FieldCorrection[] = [];
  for (const c of corrections) {
    try {
      applyChange(cv, c);
    } catch (err) {
      if (!(err instanceof CorrectionError)) throw err;
      skipped.push(c);
    }
  }
  return { cv, skipped };
}

/** Sets (or, with null, removes) one field of a CV in place; throws a CorrectionError when its entry is missing. */
export function applyChange(cv: ParsedCV, change: FieldChange): void {
  const tokens = pointerTokens(change.path);
  let node: unknown = cv;
  let shape: FieldShape = shapeAt('/' + tokens[0]);
  for (let i = 0; i < tokens.length - 1; i++) {
    node = childOf(node, tokens[i], shape, change.path);
    shape = shapeAt('/' + tokens.slice(0, i + 2).join('/'));
  }
  setChild(node, tokens[tokens.length - 1], change, change.path);
}

function childOf(node: unknown, token: string, shape: FieldShape, path: string): unknown {
  if (Array.isArray(node)) {
    const i = Number(token);
    if (i >= node.length) throw missingEntry(path, token);
    return node[i];
  }
  const obj = node as Record<string, unknown>;
  // A list or an object the parser left out (no highlights yet) starts empty.
  obj[token] ??= shape.kind === 'list' ? [] : {};
  return obj[token];
}

function setChild(node: unknown, token: string, change: FieldChange, path: string): void {
  if (Array.isArray(node)) {
    const i = Number(token);
    if (i > node.length || (i === node.length && change.value === null)) throw missingEntry(path, token);
    if (change.value === null) node.splice(i, 1);
    else node[i] = structuredClone(change.value);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (change.value === null) delete obj[token];
  else obj[token] = structuredClone(change.value);
}

function missingEntry(path: string, token: string): CorrectionError {
  return new CorrectionError(`"${path}": there is no entry ${token} to change; add an entry by setting the whole entry at the end of its list.`);
}

/** What lists and searches show of a CV, kept beside the result once it is corrected. */
export interface ListedFields {
  name?: string;
  email?: string;
  title?: string;
  company?: string;
  skills: string[];
}

export function listedFields(cv: ParsedCV): ListedFields {
  const current = cv.work_history[0];
  return { name: cv.contact.name, email: cv.contact.email, title: current?.title, company: current?.company, skills: cv.skills };
}
