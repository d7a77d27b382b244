/**
 * Heading evidence in plain text and Markdown, where there is no type size or weight.
 * A line is a heading only when it is label-shaped (short, at most five words, no digits,
 * no contact marks, no sentence punctuation at its end, no comma) and, in addition, one of:
 * - underlined by a line of `=` or `-` at least three long (setext style);
 * - set in capitals (at least four letters), with or without blank lines around it;
 * - ending with a colon and nothing after it ("Experience:"), where "Key: value" stays content;
 * - framed by rule characters ("=== EXPERIENCE ===", "--- Skills ---");
 * - wholly bold in Markdown ("**Experience**").
 */
const RULE_RE = /^\s*(=+|-+)\s*$/;
const FRAMED_RE = /^\s*[=\-*#~]{2,}\s+(.+?)\s+[=\-*#~]{2,}\s*$/;

/** Short, few words, nothing a content line carries. */
export function labelShaped(t: string): boolean {
  const s = t.trim();
  return s.length >= 2 && s.length <= 40 && s.split(/\s+/).length <= 5 && /^\p{L}/u.test(s)
    && !/[\d@|/,\t]|https?:|www\./.test(s) && !/[.;!?]$/.test(s);
}

export function isRule(raw: string): boolean {
  return RULE_RE.test(raw) && raw.trim().length >= 3;
}

export function capsHeading(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return labelShaped(t) && letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "Experience:" alone on its line: the text without the colon. */
export function colonHeading(t: string): string | undefined {
  const m = /^\s*([^:]+?)\s*:\s*$/.exec(t);
  return m && labelShaped(m[1]) ? m[1] : undefined;
}

/** "=== EXPERIENCE ===": the text inside the rules. */
export function framedHeading(raw: string): string | undefined {
  const m = FRAMED_RE.exec(raw);
  return m && labelShaped(m[1]) ? m[1] : undefined;
}
