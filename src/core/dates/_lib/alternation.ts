/** Longest first, escaped: an alternation for a RegExp built from a vocabulary table. */
export const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
