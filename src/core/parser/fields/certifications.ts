/**
 * Certifications from their section. Evidence: one line or bullet per certificate, an issuer after a
 * separator or "by" / "von" / "par" / "por", a date on the line.
 */
import type { Certification } from '../../parsedCv';
import type { DocLine } from '../document';
import { firstDateRange } from './dates';

/** "AWS Certified Developer — Amazon (2021)", "CKA, CNCF, 03/2022", one per line or bullet. */
export function parseCertifications(lines: DocLine[]): Certification[] {
  const out: Certification[] = [];
  for (const l of lines) {
    let text = l.text.replace(/\t/g, ' | ');
    const r = firstDateRange(text);
    let date: string | undefined;
    if (r) {
      date = r.end ?? r.start;
      text = (text.slice(0, r.index) + text.slice(r.index + r.length)).replace(/[\s(),|–-]+$/, '').replace(/\(\s*\)/, '').trim();
    }
    const parts = text.split(/\s+[|–—-]\s+|\s*,\s*|\s+by\s+|\s+von\s+|\s+par\s+|\s+por\s+/).map((p) => p.trim()).filter(Boolean);
    if (!parts.length || parts[0].length < 2) continue;
    const c: Certification = { name: parts[0] };
    if (parts[1]) c.issuer = parts[1];
    if (date) c.date = date;
    out.push(c);
  }
  return out;
}
