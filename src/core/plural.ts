/** "1 CV", "12 CVs": a count with its noun, for messages. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
