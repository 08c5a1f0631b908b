import { isCellError, type CellRange, type Grid } from '../../../core/grid/grid';
import { jsonBytes } from './wire-cost';

/**
 * The JSON size of a block of a grid as Office.js would send its values back:
 * `[["郭小倩",13939263117,""],…]`, an error as its text, an empty cell as `""`.
 */
export function blockJsonBytes(grid: Grid, range: CellRange): number {
  let bytes = 2;
  for (let r = range.top; r <= range.bottom; r++) {
    bytes += 2;
    for (let c = range.left; c <= range.right; c++) {
      const value = grid.values[r]?.[c] ?? null;
      bytes += 1 + (value === null ? 2 : jsonBytes(isCellError(value) ? value.error : value));
    }
  }
  return bytes;
}
