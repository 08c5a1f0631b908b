/**
 * Test support for the contacts tests: hand-built grids, recognised tables
 * and a minimal plan applier (values and number formats only), so the rule
 * and the fixes can be tested before the recogniser and the hosts land.
 */
import { parseCellAddress, parseRange } from '../../grid/a1';
import type { CellValue, Grid } from '../../grid/grid';
import type { CheckContext } from '../../check/check-context';
import type { EditPlan } from '../../edit-plan/edit-plan';
import type { RecognizedTable } from '../../recognize/recognized-table';
import type { ColumnRole, RecognizedKind } from '../../recognize/table-kind';
import type { Settings } from '../../settings';

/** A grid from rows, with optional number formats. */
export function gridOf(name: string, values: readonly (readonly CellValue[])[], numberFormats?: readonly (readonly (string | undefined)[])[]): Grid {
  return numberFormats === undefined ? { name, values, merges: [] } : { name, values, numberFormats, merges: [] };
}

/**
 * A table whose first row is the header and every later row is data.
 * `roles[i]` is the role of column i (`undefined` for an unbound column).
 */
export function tableOf(grid: Grid, kind: RecognizedKind, roles: readonly (ColumnRole | undefined)[], headerRow = 0): RecognizedTable {
  const dataRows = grid.values.map((_, i) => i).filter((i) => i > headerRow);
  const columns = roles.flatMap((role, col) => (role === undefined ? [] : [{ role, col, header: String(grid.values[headerRow]?.[col] ?? '') }]));
  return {
    sheet: grid.name, kind, headerRows: [headerRow], dataRows, repeatedHeaderRows: [], noteRows: [], columns,
    range: { top: headerRow, left: 0, bottom: Math.max(headerRow, grid.values.length - 1), right: roles.length - 1 },
  };
}

export function contextOf(sheets: readonly Grid[], tables: readonly RecognizedTable[], settings: Settings = {}): CheckContext {
  return { workbook: { sheets }, tables, settings };
}

/** Applies the `setValues` and number-format parts of a plan to a copy of the grid. */
export function applyPlanToGrid(grid: Grid, plan: EditPlan): Grid {
  const values = grid.values.map((row) => [...row]);
  const formats = (grid.numberFormats ?? []).map((row) => [...row]);
  const put = <T>(rows: T[][], row: number, col: number, value: T): void => {
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
  };
  for (const op of plan.ops) {
    if (op.sheet !== grid.name) continue;
    if (op.op === 'setValues') {
      const start = parseCellAddress(op.at);
      op.values.forEach((line, r) => line.forEach((v, c) => {
        if (v === null || typeof v !== 'object' || v instanceof Date) put<CellValue>(values, start.row + r, start.col + c, v as CellValue);
      }));
    } else if (op.op === 'format' && op.format.numberFormat !== undefined) {
      const range = parseRange(op.range);
      for (let r = range.top; r <= range.bottom; r += 1) for (let c = range.left; c <= range.right; c += 1) put<string | undefined>(formats, r, c, op.format.numberFormat);
    }
  }
  return { ...grid, values, numberFormats: formats };
}
