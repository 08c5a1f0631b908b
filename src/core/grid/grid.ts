/**
 * The grid model: what a host reads out of a worksheet and hands to the core.
 *
 * Rows and columns are 0-based here; A1 strings appear only at the edges
 * (findings, edit plans, JSON output) through `a1.ts`.
 */

/** An Excel error value such as `#REF!`, read from a cell. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value as the host read it: text, number, boolean, a real date,
 * an error, or `null` for an empty cell. Formulas arrive as their results.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle of cells, inclusive, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet as the core sees it. */
export interface Grid {
  /** The sheet's name, exactly as the workbook spells it (may hold spaces, quotes, brackets). */
  readonly name: string;
  /** `values[row][col]`; rows may be ragged or shorter than the sheet. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats parallel to `values` (`'@'` text, `'0.00E+00'`, `'General'`…), where the host has them. */
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
  /** Merged areas, as the workbook declares them. */
  readonly merges: readonly CellRange[];
  /** True when the sheet is protected against edits. */
  readonly protected?: boolean;
  /** True when the host trimmed the sheet because it was larger than it reads. */
  readonly truncated?: boolean;
}

/** Every sheet of one workbook, in tab order. */
export interface WorkbookGrids {
  readonly sheets: readonly Grid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** The value at (row, col), or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/** The number format at (row, col), if the host supplied one. */
export function formatAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.numberFormats?.[row]?.[col];
}

/** Number of rows in the grid. */
export function rowCount(grid: Grid): number {
  return grid.values.length;
}

/** Width of the widest row. */
export function columnCount(grid: Grid): number {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  return width;
}

/** Builds a grid from plain rows; handy in tests and for the playground. */
export function gridFromRows(name: string, rows: readonly (readonly CellValue[])[], merges: readonly CellRange[] = []): Grid {
  return { name, values: rows, merges };
}
