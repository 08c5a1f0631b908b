import type { CellRange, Grid } from '../../../core/grid/grid';
import { FILL_RESULT_BYTES } from '../estimate-payload';
import { jsonBytes } from './wire-cost';

/** One merged area in a `getMergedAreasOrNullObject` answer: `{"rowIndex":1,"columnIndex":0,"rowCount":1,"columnCount":5},`. */
const MERGE_RESULT_BYTES = 70;

/** A whole sheet's undo snapshot: its bytes in a response, and the rows of its used range. */
export interface SheetSnapshotSize {
  readonly bytes: number;
  readonly rows: number;
}

/**
 * What the undo snapshot of a whole sheet (`queueSnapshot`: the used range of a sheet a
 * plan replaces or deletes) takes in the response, from the grid the last read gave:
 * its `formulas` (`contentBytes` of the used range), number formats, fills when they are
 * read per cell (58 bytes a cell), merged areas; and the used range's rows, to size blocks by.
 * 校验结果 after 8,000 findings: about 6 MB.
 */
export function sheetSnapshotBytes(grid: Grid, options: { readonly fills: boolean; readonly contentBytes: (range: CellRange) => number }): SheetSnapshotSize {
  const used = usedRange(grid);
  if (!used) return { bytes: 0, rows: 0 };
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  // `[["General","@"],…]`: each distinct format measured once.
  const formatBytes = new Map<string, number>();
  let formats = 2 + 3 * rows;
  for (let r = used.top; r <= used.bottom; r++) {
    for (let c = used.left; c <= used.right; c++) {
      const format = grid.numberFormats?.[r]?.[c] ?? 'General';
      let bytes = formatBytes.get(format);
      if (bytes === undefined) formatBytes.set(format, (bytes = jsonBytes(format) + 1));
      formats += bytes;
    }
  }
  const fills = options.fills ? rows * cols * FILL_RESULT_BYTES : 0;
  return { bytes: options.contentBytes(used) + formats + fills + grid.merges.length * MERGE_RESULT_BYTES, rows };
}

/** The bounding box of the grid's non-empty cells, as `getUsedRangeOrNullObject(true)` gives it; undefined for an empty grid. */
function usedRange(grid: Grid): CellRange | undefined {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === null) return;
    top = Math.min(top, r);
    bottom = r;
    left = Math.min(left, c);
    right = Math.max(right, c);
  }));
  return bottom < 0 ? undefined : { top, left, bottom, right };
}
