/**
 * The parts of a parsed CV a person may correct, as a small schema, so a correction's path and
 * value are checked before they are stored. What the parser measures about itself (raw text,
 * section order, confidence, warnings, timings, OCR) is not a fact about the candidate and
 * cannot be corrected.
 */
export type FieldShape =
  | { kind: 'string'; required?: boolean }
  | { kind: 'boolean'; required?: boolean }
  | { kind: 'list'; item: FieldShape; required?: boolean }
  | { kind: 'object'; fields: Record<string, FieldShape>; required?: boolean };

const text: FieldShape = { kind: 'string' };
const requiredText: FieldShape = { kind: 'string', required: true };
const texts: FieldShape = { kind: 'list', item: requiredText };

const entry = (fields: Record<string, FieldShape>): FieldShape => ({ kind: 'object', fields });
const list = (item: FieldShape): FieldShape => ({ kind: 'list', item, required: true });

export const CORRECTABLE_CV: FieldShape = {
  kind: 'object',
  fields: {
    contact: {
      kind: 'object',
      required: true,
      fields: { name: text, email: text, phone: text, phone_e164: text, location: text, linkedin: text, github: text, website: text, hidden_links: texts },
    },
    summary: text,
    work_history: list(entry({
      title: text, company: text, location: text, start_date: text, end_date: text,
      current: { kind: 'boolean' }, description: text, highlights: texts,
    })),
    education: list(entry({ institution: text, degree: text, field: text, start_date: text, end_date: text, grade: text })),
    skills: list(requiredText),
    certifications: list(entry({ name: requiredText, issuer: text, date: text })),
    languages: list(entry({ language: requiredText, proficiency: text })),
    other_sections: list(entry({ heading: requiredText, content: requiredText })),
  },
};

/** A correction the shape of a parsed CV does not allow, with a reason a person can act on. */
export class CorrectionError extends Error {}

/** The JSON pointer's tokens ("/work_history/0/title" → ["work_history", "0", "title"]). */
export function pointerTokens(path: string): string[] {
  if (!path.startsWith('/')) throw new CorrectionError(`"${path}" is not a field path: it starts with "/", as in "/contact/email".`);
  return path.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The shape at a path; throws a CorrectionError naming the first token that is not a field. */
export function shapeAt(path: string): FieldShape {
  let shape = CORRECTABLE_CV;
  let where = '';
  for (const token of pointerTokens(path)) {
    if (shape.kind === 'object') {
      const next = shape.fields[token];
      if (!next) throw new CorrectionError(`"${path}" is not a field that can be corrected: ${where || 'a CV'} has ${Object.keys(shape.fields).join(', ')}.`);
      shape = next;
    } else if (shape.kind === 'list') {
      if (!/^(0|[1-9]\d{0,5})$/.test(token)) throw new CorrectionError(`"${path}": "${token}" is not a position in ${where}; positions count from 0.`);
      shape = shape.item;
    } else {
      throw new CorrectionError(`"${path}" is not a field that can be corrected: ${where} is a single value.`);
    }
    where = `${where}/${token}`;
  }
  if (where === '') throw new CorrectionError('A correction names a field, as in "/contact/email"; the whole CV cannot be replaced.');
  return shape;
}

/**
 * Checks a value against a shape; null removes a field that may be absent. Returns the value
 * as stored (strings trimmed), or throws a CorrectionError.
 */
export function checkValue(path: string, shape: FieldShape, value: unknown): unknown {
  if (value === null || value === undefined) {
    if (shape.required) throw new CorrectionError(`"${path}" cannot be removed, only changed.`);
    return null;
  }
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string') throw new CorrectionError(`"${path}" takes text, not ${describe(value)}.`);
      return value.trim();
    case 'boolean':
      if (typeof value !== 'boolean') throw new CorrectionError(`"${path}" takes true or false, not ${describe(value)}.`);
      return value;
    case 'list':
      if (!Array.isArray(value)) throw new CorrectionError(`"${path}" takes a list, not ${describe(value)}.`);
      return value.map((item, i) => checkValue(`${path}/${i}`, shape.item, item));
    case 'object':
      return checkObject(path, shape.fields, value);
  }
}

function checkObject(path: string, fields: Record<string, FieldShape>, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CorrectionError(`"${path}" takes an object, not ${describe(value)}.`);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const shape = fields[key];
    if (!shape) throw new CorrectionError(`"${path}/${key}" is not a field that can be corrected: ${path} has ${Object.keys(fields).join(', ')}.`);
    const checked = checkValue(`${path}/${key}`, shape, item);
    if (checked !== null) out[key] = checked;
  }
  for (const [key, shape] of Object.entries(fields)) {
    if (shape.required && !(key in out)) throw new CorrectionError(`"${path}" needs ${key}.`);
  }
  return out;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
