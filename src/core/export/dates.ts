/** A contract date ("YYYY" or "YYYY-MM", also tolerated "YYYY-MM-DD") as year and optional month. */
export interface CvDate {
  year: number;
  month?: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseCvDate(value: string | undefined): CvDate | undefined {
  const m = DATE.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1000 || year > 2999) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { year, month };
}

/**
 * The date as JSON Resume's iso8601 pattern wants it ("YYYY-MM" or "YYYY"), or undefined when
 * the stored value is not a date: a broken date is left out rather than making the file invalid.
 */
export function resumeDate(value: string | undefined): string | undefined {
  const d = parseCvDate(value);
  if (!d) return undefined;
  return d.month === undefined ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`;
}
