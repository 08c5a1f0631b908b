import fc from 'fast-check';
import { firstEqualRow, hashTexts } from './first-equal-row';

describe('firstEqualRow', () => {
  test('returns the first earlier row with equal texts at the positions, whatever the other positions hold', () => {
    const index = firstEqualRow([1, 2]);
    expect(index.earlier(['1', '兴鹤社区', '九州路1号'], 0)).toBeUndefined();
    expect(index.earlier(['2', '福源社区', '九州路1号'], 1)).toBeUndefined();
    expect(index.earlier(['3', '兴鹤社区', '九州路1号'], 2)).toBe(0);
    expect(index.earlier(['4', '兴鹤社区', '九州路1号'], 3)).toBe(0);
  });

  test('texts are compared whole, not joined: ["ab", "c"] and ["a", "bc"] differ', () => {
    const index = firstEqualRow([0, 1]);
    index.earlier(['ab', 'c'], 0);
    expect(index.earlier(['a', 'bc'], 1)).toBeUndefined();
  });

  test('rows whose hashes collide are told apart by their texts', () => {
    // Force every row into one bucket by comparing against a brute-force answer on many rows.
    const rows = Array.from({ length: 2000 }, (_, i) => [String(i % 37), String(i % 41)]);
    const index = firstEqualRow([0, 1]);
    rows.forEach((row, i) => {
      const expected = rows.findIndex((other, j) => j < i && other[0] === row[0] && other[1] === row[1]);
      expect(index.earlier(row, i)).toBe(expected < 0 ? undefined : expected);
    });
  });

  test('agrees with a joined-key map on arbitrary rows (10,000 runs)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '郭', '\u0001', '|'), maxLength: 3 });
    fc.assert(fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), (rows) => {
      const index = firstEqualRow([0, 2]);
      const joined = new Map<string, number>();
      rows.forEach((row, i) => {
        const key = JSON.stringify([row[0], row[2]]);
        const expected = joined.get(key);
        if (expected === undefined) joined.set(key, i);
        if (index.earlier(row, i) !== expected) throw new Error(JSON.stringify(rows));
      });
    }), { numRuns: 10_000 });
  });

  test('hashTexts is a 32-bit integer that depends on the order of the texts', () => {
    expect(Number.isInteger(hashTexts(['a', 'b'], [0, 1]))).toBe(true);
    expect(hashTexts(['a', 'b'], [0, 1])).not.toBe(hashTexts(['b', 'a'], [0, 1]));
  });
});
