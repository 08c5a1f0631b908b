import type { CellRange, Grid } from '../../grid/grid';

/** Looks up the merged area covering a cell in O(1). */
export interface MergeIndex {
  /** The merge covering (row, col), if any. */
  at(row: number, col: number): CellRange | undefined;
}

export function buildMergeIndex(grid: Grid): MergeIndex {
  const byCell = new Map<number, CellRange>();
  // Keys pack (row, col) into one number; 16,384 columns is Excel's limit.
  const key = (row: number, col: number) => row * 16384 + col;
  for (const merge of grid.merges) {
    // A merge over a whole column block would be huge; cap what we index (only the top rows matter for headers).
    const bottom = Math.min(merge.bottom, merge.top + 5000);
    for (let r = merge.top; r <= bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) byCell.set(key(r, c), merge);
    }
  }
  return { at: (row, col) => byCell.get(key(row, col)) };
}
