import { parseRange, rangeAddress } from '../grid/a1';
import type { CellRange } from '../grid/grid';
import { rowShifter } from '../formula/shift-formula-rows';
import type { CellInput, EditOp } from './edit-plan';

export type FillDownOp = Extract<EditOp, { op: 'fillDown' }>;

/**
 * The cells a fillDown writes: the rows under its source, through `through`.
 * A source of several rows, or `through` not below it, is a caller bug.
 *
 * @example fillDownTarget({ op: 'fillDown', sheet: '评分表', source: 'T4:W4', through: 49 }) // T5:W49 as a CellRange
 */
export function fillDownTarget(op: FillDownOp): CellRange {
  const source = parseRange(op.source);
  if (source.bottom !== source.top) throw new RangeError(`fillDown: the source must be one row, got ${op.source}`);
  if (!Number.isInteger(op.through) || op.through - 1 <= source.top) throw new RangeError(`fillDown: row ${op.through} is not below the source ${op.source}`);
  return { top: source.top + 1, left: source.left, bottom: op.through - 1, right: source.right };
}

/** The A1 range a fillDown writes: `T4:W4` through 49 → `T5:W49`. */
export function fillDownRange(op: FillDownOp): string {
  return rangeAddress(fillDownTarget(op));
}

/**
 * The rows a fillDown writes, from what its source row holds: `rows` rows, each
 * formula moved down by its distance from the source, other values copied.
 * Each formula is parsed once, so 100,000 rows cost little more than writing them.
 *
 * @example filledRows([{ formula: 'SUM(C4:E4)' }, 1], 2) // [[{ formula: 'SUM(C5:E5)' }, 1], [{ formula: 'SUM(C6:E6)' }, 1]]
 */
export function filledRows(source: readonly CellInput[], rows: number): CellInput[][] {
  const shifters = source.map((cell) => (cell !== null && typeof cell === 'object' && 'formula' in cell ? rowShifter(cell.formula) : undefined));
  return Array.from({ length: rows }, (_, r) => source.map((cell, c) => {
    const shift = shifters[c];
    return shift ? { formula: shift(r + 1) } : cell;
  }));
}
