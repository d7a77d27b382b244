/**
 * Letters OCR confuses in contact details, mended where the context leaves no doubt: in a token
 * that is mostly digits (a phone number, a date), O is 0 and l, I or | is 1; around an @, spaces
 * (and after a dot before it) are misread gaps and a comma is a dot, since an e-mail address
 * holds neither.
 */
const DIGITISH = /^[+(]?[\dOolI|]+[)\-./]?[\dOolI|]*[).,]?$/;
const TO_DIGIT: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };

function digitToken(word: string): string {
  const digits = (word.match(/\d/g) ?? []).length;
  const confused = (word.match(/[OolI|]/g) ?? []).length;
  if (!DIGITISH.test(word) || !digits || !confused || digits < confused / 2) return word;
  return word.replace(/[OolI|]/g, (c) => TO_DIGIT[c]);
}

/**
 * An @ read as ©, ®, (@, @) or a capital C or Q, in a token that is otherwise an e-mail address:
 * lower-case name with a dot or underscore, then a domain. A capital C between lower-case words
 * is no spelling of a web address.
 */
const MISREAD_AT = /^([a-z\d%+-]+[._][a-z\d._%+-]*[a-z\d])(?:\(@|@\)|\(©|[©®CQ])([a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,})([.,;]?)$/;

function atToken(word: string): string {
  return word.replace(MISREAD_AT, '$1@$2$3');
}

function emailText(text: string): string {
  return text
    .replace(/([\p{L}\d_%+-]\.)\s+(?=[\p{L}\d._%+-]+@)/gu, '$1')
    .replace(/(\S)\s+@/g, '$1@')
    .replace(/@\s+(\S)/g, '@$1')
    .replace(/(@[^\s@]*\.)\s+(?=[a-z]{2,})/gi, '$1')
    .replace(/(\S+@\S+)/g, (m) => m.replace(/,(?=\S)/g, '.').replace(/\s*\.\s*(?=[a-z]{2,}\b)/gi, '.'));
}

export function mendConfusions(text: string): string {
  const words = text.split(' ').map((w) => atToken(digitToken(w))).join(' ');
  return words.includes('@') ? emailText(words) : words;
}
