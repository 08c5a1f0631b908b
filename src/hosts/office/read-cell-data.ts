import type { OfficeCapabilities } from './office-capabilities';
import { appendBlock, type GridRows } from './_lib/grid-rows';

/** A range's cell loads, queued; after the sync, `appendTo` adds its cells to a grid's rows. */
export interface QueuedCells {
  readonly range: Excel.Range;
  /** Appends the cells, read at (`top`, `left`) of the sheet (0-based). */
  appendTo(rows: GridRows, top: number, left: number): void;
}

/** Error cells, entered or computed: the only cells whose type `values` does not show (an error reads as its text, `#REF!`). */
const ERROR_CELLS = [['Constants', 'Errors'], ['Formulas', 'Errors']] as const;

/**
 * Queues, without syncing, what a grid needs of a range: its `values` and
 * `numberFormat` (plus `extra` properties of the range). The value types are
 * not loaded: a value's own type tells a number, text, a boolean or an empty
 * cell, and the error cells come as areas from `getSpecialCellsOrNullObject`
 * (ExcelApi 1.9), a few bytes instead of a word per cell, in the same sync.
 * Without ExcelApi 1.9 the `valueTypes` matrix is loaded as before.
 */
export function queueCellData(range: Excel.Range, capabilities: OfficeCapabilities, extra: readonly string[] = []): QueuedCells {
  if (!capabilities.specialCells) {
    range.load(['values', 'valueTypes', 'numberFormat', ...extra]);
    return {
      range,
      appendTo: (rows, top, left) => appendBlock(rows, top, left, range.values, (r, c) => range.valueTypes[r]?.[c], range.numberFormat),
    };
  }
  range.load(['values', 'numberFormat', ...extra]);
  const errorAreas = ERROR_CELLS.map(([cellType, valueType]) => {
    const areas = range.getSpecialCellsOrNullObject(cellType, valueType);
    areas.areas.load(['items/rowIndex', 'items/columnIndex', 'items/rowCount', 'items/columnCount']);
    return areas;
  });
  return {
    range,
    appendTo(rows, top, left) {
      const height = range.values.length;
      const width = range.values[0]?.length ?? 0;
      const errors = new Set<number>();
      for (const areas of errorAreas) {
        if (areas.isNullObject) continue;
        for (const area of areas.areas.items) {
          // Only cells inside the range: Excel may search beyond a one-cell range.
          for (let r = Math.max(area.rowIndex, top); r < Math.min(area.rowIndex + area.rowCount, top + height); r++) {
            for (let c = Math.max(area.columnIndex, left); c < Math.min(area.columnIndex + area.columnCount, left + width); c++) errors.add((r - top) * width + (c - left));
          }
        }
      }
      appendBlock(rows, top, left, range.values, (r, c) => (errors.has(r * width + c) ? 'Error' : undefined), range.numberFormat);
    },
  };
}
