import type { PdfItem } from '../extract/layout/rows';

const PUA_RE = /[\uE000-\uF8FF\uFFFD]/gu;
/** A word a reader would recognise: letters with a vowel in any of the supported languages. */
const WORD_RE = /^\p{L}*[aeiouyäöüàâéèêëîïôûùáíóúñ]\p{L}*$/iu;

/**
 * Whether a page's text layer is missing or unusable, so its picture must be read instead:
 * almost no text, mostly private-use glyphs (a font without a Unicode map), or no real words
 * (an OCR layer of garbage or a font whose codes map to the wrong letters).
 */
export function needsOcr(items: PdfItem[]): boolean {
  const text = items.map((i) => i.str).join(' ');
  const chars = text.replace(/\s/g, '').length;
  if (chars < 20) return true;
  if ((text.match(PUA_RE) ?? []).length > 0.3 * chars) return true;
  const tokens = text.split(/[\s.,;:()/|]+/).filter((t) => t.length >= 3);
  const words = tokens.filter((t) => WORD_RE.test(t)).length;
  return tokens.length >= 10 && words < 0.2 * tokens.length;
}
