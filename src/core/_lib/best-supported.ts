/** One reading of a setting from the workbook, and how much it counts. */
export interface Candidate<T, E> {
  readonly value: T;
  /** Weight of this piece of evidence: a document number counts more than one deadline's year. */
  readonly weight: number;
  /** Which piece is shown for its value: the highest `shown` (default: the weight), the first of equals. */
  readonly shown?: number;
  readonly evidence: E;
}

/** The value most evidence supports, the evidence to show for it, and one piece for each other value. */
export interface BestSupported<T, E> {
  readonly value: T;
  readonly evidence: E;
  readonly others: readonly { readonly value: T; readonly evidence: E }[];
}

/**
 * Sums the weight behind each value (values compared by `key`) and keeps the heaviest; a tie goes
 * to the value with the single weightiest piece of evidence, then to the first seen. Each value's
 * evidence is its most `shown` piece (the first of equals). `undefined` for no candidates.
 *
 * @example bestSupported([{ value: 2020, weight: 3, evidence: 'A1' }, { value: 2019, weight: 1, evidence: 'B9' }], String)
 * // { value: 2020, evidence: 'A1', others: [{ value: 2019, evidence: 'B9' }] }
 */
export function bestSupported<T, E>(candidates: readonly Candidate<T, E>[], key: (value: T) => string): BestSupported<T, E> | undefined {
  const byValue = new Map<string, { value: T; total: number; heaviest: number; shown: Candidate<T, E> }>();
  const shownOf = (c: Candidate<T, E>): number => c.shown ?? c.weight;
  for (const candidate of candidates) {
    const k = key(candidate.value);
    const entry = byValue.get(k);
    if (!entry) {
      byValue.set(k, { value: candidate.value, total: candidate.weight, heaviest: candidate.weight, shown: candidate });
      continue;
    }
    entry.total += candidate.weight;
    entry.heaviest = Math.max(entry.heaviest, candidate.weight);
    if (shownOf(candidate) > shownOf(entry.shown)) entry.shown = candidate;
  }
  const ranked = [...byValue.values()].sort((a, b) => b.total - a.total || b.heaviest - a.heaviest);
  if (ranked.length === 0) return undefined;
  const [best, ...rest] = ranked;
  return { value: best.value, evidence: best.shown.evidence, others: rest.map((r) => ({ value: r.value, evidence: r.shown.evidence })) };
}
