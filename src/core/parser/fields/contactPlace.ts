/**
 * A town named among the contact details with no country, state or postcode to tell it ("Pagacton",
 * "Lingen (Ems)"). Evidence: its position, in the same line as or on the line next to an e-mail
 * address, a phone number or a web address; capitals and no digits; and no job-title, company,
 * school, heading or level words.
 */
import type { DocLine } from '../document';
import { findDateRanges } from './dates';
import { headingKind } from './headings';
import { companyStrength, isLevel, schoolScore, titleScore } from './words';

// Web addresses by their top-level domain, so that "Vue.js" or "ASP.NET" in a skills line is none.
const ITEM_RE = /@|\+?\(?\d[\d\s()./-]{6,}\d|(?:^|\s)[\w.-]+\.(?:com|org|net|dev|io|me|de|fr|es|it|uk|co|info|eu|ch|at|nl|be|app|site|tech|page|pro)(?:\/\S*)?(?:\s|$)|linkedin|github/i;
const PART_SPLIT = /\s+[|·•]\s+|\s{2,}|\t/;
const WORD = /^(?:\(?\p{Lu}[\p{L}'’.-]*\)?,?|\p{Ll}[\p{L}'’-]{1,9},?)$/u;

function parts(line: DocLine): string[] {
  return line.cells.flatMap((c) => c.split(PART_SPLIT)).map((p) => p.trim().replace(/^[·|•]\s*|\s*[·|•,]$/g, '')).filter(Boolean);
}

// Labels of contact items ("Email", "Phone") are no places.
const LABEL_RE = /^(e-?mail|mail|courriel|phone|telefon|téléphone|teléfono|telefono|tel|mobile|mobil|handy|cell|fax|web|website|webseite|site|sito|homepage|portfolio|address|adresse|anschrift|dirección|indirizzo|location|linkedin|github|xing|contact|kontakt|contacto|contatti|social)\.?:?$/i;

function isItem(s: string): boolean {
  return ITEM_RE.test(s) && !findDateRanges(s).length;
}

function placeName(s: string, name?: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 5 || s.length > 40 || !/^\p{Lu}/u.test(s) || /\d/.test(s) || (s.match(/,/g) ?? []).length > 1) return false;
  if (!words.every((w) => WORD.test(w))) return false;
  if (name && (s === name || name.includes(s) || s.includes(name))) return false;
  return !LABEL_RE.test(s) && !titleScore(s) && !companyStrength(s) && !schoolScore(s) && !headingKind(s) && !isLevel(s);
}

/** The place among the contact items, or undefined when no part reads as one. */
export function placeBesideContact(lines: DocLine[], name?: string): string | undefined {
  const split = lines.map(parts);
  let best: { text: string; score: number } | undefined;
  split.forEach((ps, i) => {
    const near = (k: number): boolean => k >= 0 && k < lines.length && split[k].some(isItem) && (k < i ? lines[i] : lines[k]).gapAbove < 2;
    for (const p of ps) {
      if (isItem(p) || !placeName(p, name)) continue;
      const score = ps.filter(isItem).length + (ps.length === 1 ? Number(near(i - 1)) + Number(near(i + 1)) : 0);
      if (score > 0 && (!best || score > best.score)) best = { text: p, score };
    }
  });
  return best?.text;
}
