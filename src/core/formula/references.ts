import type { CellRange } from '../grid/grid';
import { cellAddress, columnLetter, quoteSheetName } from '../grid/a1';

/**
 * A1 references for formulas. Rows and columns are 0-based, as in the grid model;
 * `anchor` says which parts get a `$`, so a formula filled down or across keeps
 * pointing at settings cells (`$Y$5`) while following its own row (`B5`).
 */
export type Anchor = 'relative' | 'absolute' | 'row' | 'column';

/**
 * A sheet name as this module writes it before `!`. Excel accepts any name in
 * quotes, and writes bare only plain names; HyperFormula (and other parsers)
 * read bare names only when they are ASCII identifiers, so `附件1` is quoted
 * here (`'附件1'!A1`) although `quoteSheetName` would leave it bare.
 */
export function formulaSheetName(name: string): string {
  const quoted = quoteSheetName(name);
  if (quoted.startsWith("'") || /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return quoted;
  return `'${name}'`;
}

function withSheet(sheet: string | undefined, a1: string): string {
  return sheet === undefined ? a1 : `${formulaSheetName(sheet)}!${a1}`;
}

export interface RefOptions {
  /** The sheet to name; omitted for a reference within the formula's own sheet. */
  readonly sheet?: string;
  readonly anchor?: Anchor;
}

function address(row: number, col: number, anchor: Anchor): string {
  if (anchor === 'relative' || anchor === 'absolute') return cellAddress(row, col, anchor === 'absolute');
  const plain = cellAddress(row, col); // validates the indices
  const letters = columnLetter(col);
  return anchor === 'row' ? `${letters}$${row + 1}` : `$${plain}`;
}

/**
 * One cell: `(4, 1)` → `B5`; `{ anchor: 'absolute' }` → `$B$5`;
 * `{ sheet: '附件1 (2)' }` → `'附件1 (2)'!B5`; `{ sheet: '附件1' }` → `'附件1'!B5`.
 */
export function cellRef(row: number, col: number, options: RefOptions = {}): string {
  return withSheet(options.sheet, address(row, col, options.anchor ?? 'relative'));
}

/** A range: `B5:B20`, `$Y$5:$Y$7`, `O'Brien` → `'O''Brien'!A1:C3`; a one-cell range is written as a cell. */
export function rangeRef(range: CellRange, options: RefOptions = {}): string {
  const anchor = options.anchor ?? 'relative';
  const start = address(range.top, range.left, anchor);
  const end = address(range.bottom, range.right, anchor);
  return withSheet(options.sheet, start === end ? start : `${start}:${end}`);
}

/** A vertical run of one column, rows `top`…`bottom` inclusive (0-based). */
export function columnRange(col: number, top: number, bottom: number, options: RefOptions = {}): string {
  return rangeRef({ top, left: col, bottom, right: col }, options);
}

/** A horizontal run of one row, columns `left`…`right` inclusive (0-based). */
export function rowRange(row: number, left: number, right: number, options: RefOptions = {}): string {
  return rangeRef({ top: row, left, bottom: row, right }, options);
}
