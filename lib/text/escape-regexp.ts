/** `s` as a regular-expression source that matches it literally (phrase lists, class names, month names). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one alternation of literal sources, longest first so a longer word wins over its prefix. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
