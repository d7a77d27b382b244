import type { DocLine } from '../../document';

const WORD = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)+/gu;
/** A hyphen-minus, a typographic hyphen or a soft hyphen after a lowercase letter, at the line end. */
const BROKEN = /\p{Ll}[-\u2010\u00AD]$/u;

/** Hyphenated compounds written on one line somewhere in the document ("cloud-native"). */
function compounds(lines: DocLine[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(WORD)) out.add(m[0].toLowerCase().replace(/\u2010/g, '-'));
  return out;
}

/**
 * Rejoins words broken at the edge of a column. Evidence: the line ends in a hyphen right after a
 * lowercase letter and the next line of the same flow and page, close below, starts in lowercase
 * ("Cameron-" / "mouth"). A capital after the break ("Baden-" / "Württemberg") is a compound and
 * keeps its line; so is a pair the document writes elsewhere with its hyphen on one line
 * ("cloud-" / "native" beside "cloud-native"). Returns the pages on which words were rejoined.
 */
export function joinHyphens(lines: DocLine[]): number[] {
  const known = compounds(lines);
  const pages: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!BROKEN.test(a.text) || !/^\p{Ll}/u.test(b.text) || b.bullet || b.margin || a.margin || b.flowStart || b.page !== a.page || b.gapAbove > 1.5) continue;
    const m = /^(\S+)\s*/u.exec(b.cells[0]);
    if (!m) continue;
    const last = a.cells.length - 1;
    const head = /[\p{L}\p{N}]+[-\u2010\u00AD]$/u.exec(a.cells[last])?.[0].slice(0, -1) ?? '';
    const word = m[1];
    const keep = known.has(`${head}-${word.replace(/[^\p{L}\p{N}-].*$/u, '')}`.toLowerCase());
    a.cells[last] = a.cells[last].slice(0, -1) + (keep ? '-' : '') + word;
    a.text = a.cells.join('\t');
    const rest = b.cells[0].slice(m[0].length);
    b.cells = rest ? [rest, ...b.cells.slice(1)] : b.cells.slice(1);
    b.text = b.cells.join('\t');
    if (!b.cells.length) lines.splice(i + 1, 1);
    pages.push(a.page);
  }
  return pages;
}
