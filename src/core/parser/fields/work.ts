/**
 * Work entries from their section. Evidence: the entry's date range and blocks (entries.ts) and the
 * roles of its header parts, read with the order the section's entries share (headerRoles.ts).
 */
import type { WorkEntry } from '../../parsedCv';
import type { DocLine } from '../document';
import { type RawEntry, splitEntries } from './entries';
import { type Parts, planHeader, readHeaders } from './headerRoles';

function headOf(e: RawEntry): string[] {
  return e.head.filter((h) => h.length > 1);
}

/** One entry read on its own; parseWork reads a section's entries together. */
export function toWork(e: RawEntry, parts?: Parts): WorkEntry {
  const p = parts ?? readHeaders([planHeader(headOf(e))])[0];
  const w: WorkEntry = {};
  if (p.title) w.title = p.title;
  if (p.company) w.company = p.company;
  if (p.location) w.location = p.location;
  if (e.range?.start) w.start_date = e.range.start;
  if (e.range?.end) w.end_date = e.range.end;
  if (e.range?.current) w.current = true;
  if (e.description.length) w.description = e.description.join('\n');
  if (e.bullets.length) w.highlights = e.bullets;
  return w;
}

export function parseWork(lines: DocLine[]): WorkEntry[] {
  const entries = splitEntries(lines);
  const parts = readHeaders(entries.map((e) => planHeader(headOf(e))));
  return entries.map((e, i) => toWork(e, parts[i])).filter((w) => w.title || w.company);
}
