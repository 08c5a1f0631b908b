import { parseRange, rangeAddress } from '../grid/a1';
import { columnCount, isCellError, type CellValue, type WorkbookGrids } from '../grid/grid';
import type { CellInput, EditPlan } from './edit-plan';
import { snapshotTargets, type PlanSnapshot, type SnapshotBlock } from './plan-snapshot';

/**
 * A snapshot built from grids read before the plan, for hosts that cannot read
 * cells in the same batch as their writes. Grids hold values and number
 * formats, not fills, notes or formulas: formulas come back as their results,
 * and fills and notes are reported as not restorable by `inversePlan`.
 *
 * @example inversePlan(fixPlan, snapshotFromGrids(gridsBefore, fixPlan)) // restores the phones the fix rewrote
 */
export function snapshotFromGrids(workbook: WorkbookGrids, plan: EditPlan): PlanSnapshot {
  const targets = snapshotTargets(plan);
  const byName = new Map(workbook.sheets.map((grid) => [grid.name, grid]));
  const blocks = targets.blocks.map((target): SnapshotBlock => {
    const grid = byName.get(target.sheet);
    if (!grid) return { sheet: target.sheet, range: target.range };
    const { top, left, bottom, right } = parseRange(target.range);
    const rows = (read: (row: number, col: number) => unknown) =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => read(top + r, left + c)));
    return {
      sheet: target.sheet,
      range: target.range,
      ...(target.contents ? { contents: rows((r, c) => cellInput(grid.values[r]?.[c] ?? null)) as CellInput[][] } : {}),
      ...(target.numberFormats && grid.numberFormats ? { numberFormats: rows((r, c) => grid.numberFormats?.[r]?.[c] ?? 'General') as string[][] } : {}),
    };
  });
  const sheets = targets.sheets.map((name) => {
    const grid = byName.get(name);
    if (!grid) return { name, existed: false };
    const width = columnCount(grid);
    if (grid.values.length === 0 || width === 0) return { name, existed: true };
    const range = rangeAddress({ top: 0, left: 0, bottom: grid.values.length - 1, right: width - 1 });
    const contents = grid.values.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c] ?? null)));
    const numberFormats = grid.values.map((_, r) => Array.from({ length: width }, (_, c) => grid.numberFormats?.[r]?.[c] ?? 'General'));
    return { name, existed: true, used: { sheet: name, range, contents, numberFormats } };
  });
  return { blocks, sheets, notes: [] };
}

function cellInput(value: CellValue): CellInput {
  // An error value cannot be written back as such; its text is the closest thing.
  return isCellError(value) ? value.error : value;
}
