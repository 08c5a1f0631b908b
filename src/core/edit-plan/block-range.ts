import { parseCellAddress, rangeAddress } from '../grid/a1';

/** The range a block of values covers when written at `at`: `B3` + 2 rows × 3 columns → `B3:D4`. */
export function blockRange(at: string, values: readonly (readonly unknown[])[]): string {
  const { row, col } = parseCellAddress(at);
  let cols = 1;
  for (const r of values) if (r.length > cols) cols = r.length;
  return rangeAddress({ top: row, left: col, bottom: row + Math.max(1, values.length) - 1, right: col + cols - 1 });
}
