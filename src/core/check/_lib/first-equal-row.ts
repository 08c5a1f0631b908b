/**
 * Finds, row after row, the first earlier row whose texts at some positions are all equal.
 * Rows are hashed (32-bit FNV-1a over the texts) and a hash match is confirmed text by text:
 * a joined string key per row costs more, on 100,000 rows, than everything else a rule does.
 */
export interface FirstEqualRow {
  /** The index of the first earlier row added with equal texts at the positions; undefined (and this row remembered) if none. */
  earlier(texts: readonly string[], index: number): number | undefined;
}

interface Seen {
  readonly texts: readonly string[];
  readonly index: number;
}

export function firstEqualRow(positions: readonly number[]): FirstEqualRow {
  const byHash = new Map<number, Seen | Seen[]>();
  const equal = (a: readonly string[], b: readonly string[]): boolean => positions.every((p) => a[p] === b[p]);
  return {
    earlier(texts, index) {
      const hash = hashTexts(texts, positions);
      const known = byHash.get(hash);
      if (known === undefined) {
        byHash.set(hash, { texts, index });
        return undefined;
      }
      const candidates = Array.isArray(known) ? known : [known];
      const match = candidates.find((seen) => equal(seen.texts, texts));
      if (match) return match.index;
      byHash.set(hash, [...candidates, { texts, index }]);
      return undefined;
    },
  };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of the texts at `positions`, with a separator after each text. */
export function hashTexts(texts: readonly string[], positions: readonly number[]): number {
  let hash = FNV_OFFSET;
  for (const p of positions) {
    const text = texts[p] ?? '';
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, FNV_PRIME);
    }
    hash ^= 0xffff;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash | 0;
}
