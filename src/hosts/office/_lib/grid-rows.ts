import type { CellRange, CellValue } from '../../../core/grid/grid';
import { cellValueFromOffice } from './office-values';

/** Rows of a grid being assembled from Office.js range data, anchored at A1. */
export interface GridRows {
  readonly values: CellValue[][];
  readonly numberFormats: (string | undefined)[][];
}

export function emptyGridRows(): GridRows {
  return { values: [], numberFormats: [] };
}

/**
 * Appends a block read at (`top`, `left`) to the rows: rows above it are
 * added empty, columns left of it padded with empty cells, so `values[row][col]`
 * is the sheet's own row and column (0-based). `typeAt` gives a cell's Office.js
 * value type where the values alone do not tell it (`Error`), by row and column in the block.
 */
export function appendBlock(rows: GridRows, top: number, left: number, values: unknown[][], typeAt: (r: number, c: number) => string | undefined, formats: unknown[][]): void {
  while (rows.values.length < top) {
    rows.values.push([]);
    rows.numberFormats.push([]);
  }
  values.forEach((row, r) => {
    const cells: CellValue[] = new Array<CellValue>(left).fill(null);
    for (let c = 0; c < row.length; c++) cells.push(cellValueFromOffice(row[c], typeAt(r, c)));
    const fmts: (string | undefined)[] = new Array<string | undefined>(left).fill(undefined);
    for (const f of formats[r] ?? []) fmts.push(typeof f === 'string' ? f : undefined);
    rows.values.push(cells);
    rows.numberFormats.push(fmts);
  });
}

/** Merged areas as the grid wants them, from a loaded `RangeAreas` (null object → none). */
export function mergesFrom(areas: Excel.RangeAreas | undefined): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((area) => ({ top: area.rowIndex, left: area.columnIndex, bottom: area.rowIndex + area.rowCount - 1, right: area.columnIndex + area.columnCount - 1 }));
}
