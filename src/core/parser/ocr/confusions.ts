/**
 * Letters OCR confuses in contact details, mended where the context leaves no doubt: in a token
 * that is mostly digits (a phone number, a date), O is 0 and l, I or | is 1; around an @, spaces
 * are misread gaps and a comma is a dot, since an e-mail address holds neither.
 */
const DIGITISH = /^[+(]?[\dOolI|]+[)\-./]?[\dOolI|]*[).,]?$/;
const TO_DIGIT: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };

function digitToken(word: string): string {
  const digits = (word.match(/\d/g) ?? []).length;
  const confused = (word.match(/[OolI|]/g) ?? []).length;
  if (!DIGITISH.test(word) || !digits || !confused || digits < confused / 2) return word;
  return word.replace(/[OolI|]/g, (c) => TO_DIGIT[c]);
}

function emailText(text: string): string {
  return text
    .replace(/(\S)\s+@/g, '$1@')
    .replace(/@\s+(\S)/g, '@$1')
    .replace(/(@[^\s@]*\.)\s+(?=[a-z]{2,})/gi, '$1')
    .replace(/(\S+@\S+)/g, (m) => m.replace(/,(?=\S)/g, '.').replace(/\s*\.\s*(?=[a-z]{2,}\b)/gi, '.'));
}

export function mendConfusions(text: string): string {
  const words = text.split(' ').map(digitToken).join(' ');
  return words.includes('@') ? emailText(words) : words;
}
