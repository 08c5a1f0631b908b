import type { CellRange } from './grid';

/**
 * A1 references: the only place that turns 0-based (row, col) into `B3`,
 * ranges into `A3:E49`, and quotes sheet names for formulas (`'附件1 (2)'!A1`).
 */

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index must be a non-negative integer, got ${col}`);
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A` → 0, `AA` → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column name: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (2, 1) → `B3`. */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`row index must be a non-negative integer, got ${row}`);
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** `B3` → { row: 2, col: 1 }; accepts `$B$3`. */
export function parseCellAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || Number(m[2]) < 1) throw new RangeError(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A range as `A3:E49` (a single cell as `A3`). */
export function rangeAddress(range: CellRange, absolute = false): string {
  const start = cellAddress(range.top, range.left, absolute);
  const end = cellAddress(range.bottom, range.right, absolute);
  return start === end ? start : `${start}:${end}`;
}

/** `A3:E49` → CellRange; a single address gives a one-cell range. */
export function parseRange(address: string): CellRange {
  const [a, b = a] = address.split(':');
  const start = parseCellAddress(a);
  const end = parseCellAddress(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * A sheet name as a formula must write it: bare when it is a plain identifier,
 * otherwise in single quotes with inner quotes doubled (Excel's rule).
 * `附件1` stays bare; `附件1 (2)` → `'附件1 (2)'`; `O'Brien` → `'O''Brien'`.
 */
export function quoteSheetName(name: string): string {
  if (name.length === 0) throw new RangeError('sheet name must not be empty');
  // Bare names: letters (any script), digits, underscore, dot; not starting with a digit,
  // and not something that reads like a cell reference (A1, R1C1).
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'附件1 (2)'!$B$3` */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/** True when `inner` lies inside `outer`. */
export function rangeContains(outer: CellRange, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
