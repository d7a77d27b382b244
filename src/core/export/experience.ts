import type { WorkEntry } from '../parsedCv';
import { type CvDate, parseCvDate } from './dates';

/**
 * A date as a month count (year * 12 + month - 1). A year without a month stands for its middle
 * (1 July), so "2019 – 2021" counts as two years, whichever end the missing months are on.
 */
function monthIndex(d: CvDate): number {
  return d.month === undefined ? d.year * 12 + 6 : d.year * 12 + d.month - 1;
}

/** Start and (exclusive) end month of a job, or undefined when it cannot be dated. */
function period(w: WorkEntry, nowMonth: number): [number, number] | undefined {
  const start = parseCvDate(w.start_date);
  if (!start) return undefined;
  const end = parseCvDate(w.end_date);
  let endExclusive: number;
  if (w.current) endExclusive = nowMonth + 1;
  else if (end) endExclusive = monthIndex(end) + (end.month === undefined ? 0 : 1);
  else return undefined;
  const from = monthIndex(start);
  const to = Math.min(endExclusive, nowMonth + 1);
  return to > from ? [from, to] : undefined;
}

/**
 * Years of work experience from the work history, to one decimal, or undefined when no job can
 * be dated. A month-precise period counts both its months (March 2019 – June 2021 is 28 months);
 * a current job runs through `now`'s month; jobs that overlap are counted once; a job without a
 * start date, or without an end date that is not marked current, is left out; nothing counts
 * past `now`.
 */
export function yearsOfExperience(work: readonly WorkEntry[], now: Date): number | undefined {
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const periods = work.map((w) => period(w, nowMonth)).filter((p) => p !== undefined).sort((a, b) => a[0] - b[0]);
  if (periods.length === 0) return undefined;
  let months = 0;
  let [from, to] = periods[0];
  for (const [s, e] of periods.slice(1)) {
    if (s <= to) to = Math.max(to, e);
    else {
      months += to - from;
      [from, to] = [s, e];
    }
  }
  months += to - from;
  return Math.round((months / 12) * 10) / 10;
}

/** The job marked current (the first one listed), else the one that ended last. */
export function latestJob(work: readonly WorkEntry[]): WorkEntry | undefined {
  const current = work.find((w) => w.current);
  if (current) return current;
  let best: WorkEntry | undefined;
  let bestKey = -Infinity;
  for (const w of work) {
    const end = parseCvDate(w.end_date) ?? parseCvDate(w.start_date);
    const key = end ? monthIndex(end) : -Infinity;
    if (!best || key > bestKey) [best, bestKey] = [w, key];
  }
  return best;
}
