/**
 * Certifications from their section. Evidence: one line or bullet per certificate, an issuer after a
 * separator or "by" / "von" / "par" / "por", a date on the line. A date in a left column leaves its
 * separator ("2022-12: CKA", "2021-02 | CKA") at the start of the name; a comma names the issuer before
 * a dash does, since names carry dashes ("Solutions Architect – Associate, Amazon Web Services"). A
 * contact line (an e-mail address) or a page number is the page's footer, not a certificate, and a run of
 * empty lines ends the section. Undated certificates set apart by wider spacing, each a name (wrapped
 * over lines in one weight) over its issuer in another weight, are read block by block.
 */
import type { Certification } from '../../parsedCv';
import type { DocLine } from '../document';
import { firstDateRange } from './dates';

/** empty space above a line, in line spacings, that only a page's footer is set apart by */
const FOOTER_GAP = 8;
/** an e-mail address or a page number ("2/2") */
const FOOTER_RE = /\S@\S|^\d{1,3}\s*\/\s*\d{1,3}$/;

function splitParts(text: string): string[] {
  const byComma = /,/.test(text) ? text.split(/\s*,\s*/) : undefined;
  const parts = byComma ?? text.split(/\s+[|–—-]\s+|\s+by\s+|\s+von\s+|\s+par\s+|\s+por\s+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** more space above a line than this, in line spacings, starts a new certificate block */
const BLOCK_GAP = 1.8;

/** name lines in one weight over issuer lines in the other, blocks set apart by wider spacing; else undefined */
function weightBlocks(lines: DocLine[]): Certification[] | undefined {
  if (lines.length < 2 || lines.some((l) => l.bullet || firstDateRange(l.text))) return undefined;
  const blocks: DocLine[][] = [];
  for (const [i, l] of lines.entries()) {
    if (i === 0 || l.gapAbove >= BLOCK_GAP) blocks.push([l]);
    else blocks[blocks.length - 1].push(l);
  }
  const out: Certification[] = [];
  for (const b of blocks) {
    const split = b.findIndex((l) => l.bold !== b[0].bold);
    if (split < 1 || b.slice(split).some((l) => l.bold === b[0].bold)) return undefined;
    out.push({ name: b.slice(0, split).map((l) => l.text).join(' '), issuer: b.slice(split).map((l) => l.text).join(' ') });
  }
  return out;
}

/** "AWS Certified Developer — Amazon (2021)", "CKA, CNCF, 03/2022", one per line or bullet. */
export function parseCertifications(lines: DocLine[]): Certification[] {
  const blocks = weightBlocks(lines);
  if (blocks) return blocks;
  const out: Certification[] = [];
  for (const [i, l] of lines.entries()) {
    if (i > 0 && l.gapAbove >= FOOTER_GAP && l.page === lines[i - 1].page) break;
    if (FOOTER_RE.test(l.text)) continue;
    let text = l.text.replace(/\t/g, ' | ');
    const r = firstDateRange(text);
    let date: string | undefined;
    if (r) {
      date = r.end ?? r.start;
      text = (text.slice(0, r.index) + text.slice(r.index + r.length)).replace(/[\s(),|–-]+$/, '').replace(/\(\s*\)/, '').trim();
    }
    const parts = splitParts(text.replace(/^[\s:|,–—-]+/, ''));
    if (!parts.length || parts[0].length < 2) continue;
    const c: Certification = { name: parts[0] };
    if (parts[1]) c.issuer = parts[1];
    if (date) c.date = date;
    out.push(c);
  }
  return out;
}
