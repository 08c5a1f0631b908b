import type { CellRange } from '../../grid/grid';

/** A rectangle of cells that share one value. */
export interface UniformRectangle<T> {
  readonly range: CellRange;
  readonly value: T;
}

/**
 * Covers a 2-D block with rectangles of equal values: runs along each row,
 * then runs of identical rows stacked. A column of 500 equal fills becomes one
 * rectangle, so restoring it is one format op, not 500.
 */
export function uniformRectangles<T>(cells: readonly (readonly T[])[], top: number, left: number): UniformRectangle<T>[] {
  const done: UniformRectangle<T>[] = [];
  // Rectangles still growing downwards, keyed by their row run.
  let open = new Map<string, { range: CellRange; value: T }>();
  cells.forEach((row, r) => {
    const next = new Map<string, { range: CellRange; value: T }>();
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      if (c < row.length && row[c] === row[start]) continue;
      const key = `${start}:${c - 1}:${JSON.stringify(row[start])}`;
      const growing = open.get(key);
      if (growing && growing.range.bottom === top + r - 1) {
        growing.range = { ...growing.range, bottom: top + r };
        next.set(key, growing);
        open.delete(key);
      } else {
        next.set(key, { range: { top: top + r, left: left + start, bottom: top + r, right: left + c - 1 }, value: row[start] });
      }
      start = c;
    }
    for (const closed of open.values()) done.push(closed);
    open = next;
  });
  for (const closed of open.values()) done.push(closed);
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}
