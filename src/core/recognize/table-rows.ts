import { cellText, isBlankValue } from '../grid/cell-text';
import type { CellValue, Grid } from '../grid/grid';
import { buildMergeIndex } from './_lib/merge-index';
import { signatureOf } from './kind-signatures';
import type { RecognizedTable } from './recognized-table';
import type { ColumnRole } from './table-kind';

/** One bound cell of a data row, with "same as above" resolved. */
export interface TableCell {
  readonly role: ColumnRole;
  readonly col: number;
  /** The value as stored in that cell (null when it inherits). */
  readonly value: CellValue;
  /** The effective text: the cell's own, or the merged area's, or the one above for fill-down roles. */
  readonly text: string;
  /** True when the text comes from a merged area or from the row above. */
  readonly inherited: boolean;
}

export interface TableRow {
  readonly row: number;
  readonly cells: readonly TableCell[];
}

/**
 * The data rows of a table with each bound cell's effective text. Merged
 * cells give their top-left value to every cell they cover; for the kind's
 * fill-down roles (a rubric's category, a checklist's indicator levels) a
 * blank cell means "same as above".
 *
 * @example readTableRows(grid, rubric)[1].cells.find(c => c.role === 'category')?.text // '环境建设好' (inherited)
 */
export function readTableRows(grid: Grid, table: RecognizedTable): TableRow[] {
  if (table.kind === 'unknown') return [];
  const rows: TableRow[] = table.dataRows.map((row) => ({ row, cells: new Array<TableCell>(table.columns.length) }));
  visitTableCells(grid, table, (r, c, value, text, inherited) => {
    (rows[r].cells as TableCell[])[c] = { role: table.columns[c].role, col: table.columns[c].col, value, text, inherited };
  });
  return rows;
}

/**
 * Only the effective texts of `readTableRows`, row by row in the table's column order: for rules
 * that compare rows over large tables and need no cell objects.
 */
export function readTableTexts(grid: Grid, table: RecognizedTable): string[][] {
  if (table.kind === 'unknown') return [];
  const texts: string[][] = table.dataRows.map(() => new Array<string>(table.columns.length));
  visitTableCells(grid, table, (r, c, _value, text) => { texts[r][c] = text; });
  return texts;
}

/** Calls `visit` for every bound cell of every data row (indexes into `dataRows` and `columns`), with its effective text. */
function visitTableCells(grid: Grid, table: RecognizedTable, visit: (r: number, c: number, value: CellValue, text: string, inherited: boolean) => void): void {
  if (table.kind === 'unknown') return;
  const merges = buildMergeIndex(grid);
  const fillDown = new Set(signatureOf(table.kind).fillDown);
  const above = new Map<number, string>();
  table.dataRows.forEach((row, r) => {
    const values = grid.values[row];
    table.columns.forEach(({ role, col }, c) => {
      const value = values?.[col] ?? null;
      const merge = merges.at(row, col);
      let text = cellText(value).trim();
      let inherited = false;
      const fills = fillDown.has(role);
      if (merge && (merge.top !== row || merge.left !== col)) {
        text = cellText(grid.values[merge.top]?.[merge.left] ?? null).trim();
        inherited = true;
      } else if (fills && isBlankValue(value) && above.has(col)) {
        text = above.get(col)!;
        inherited = true;
      }
      // Only fill-down roles read the text above them.
      if (fills && text !== '') above.set(col, text);
      visit(r, c, value, text, inherited);
    });
  });
}

/** The effective text of the first cell bound to `role` in a row ('' when absent). */
export function roleText(row: TableRow, role: ColumnRole): string {
  return row.cells.find((c) => c.role === role)?.text ?? '';
}
