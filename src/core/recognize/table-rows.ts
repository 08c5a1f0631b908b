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
  const merges = buildMergeIndex(grid);
  const fillDown = new Set(signatureOf(table.kind).fillDown);
  const above = new Map<number, string>();
  return table.dataRows.map((row) => ({
    row,
    cells: table.columns.map(({ role, col }) => {
      const value = grid.values[row]?.[col] ?? null;
      const merge = merges.at(row, col);
      let text = cellText(value).trim();
      let inherited = false;
      if (merge && (merge.top !== row || merge.left !== col)) {
        text = cellText(grid.values[merge.top]?.[merge.left] ?? null).trim();
        inherited = true;
      } else if (isBlankValue(value) && fillDown.has(role) && above.has(col)) {
        text = above.get(col)!;
        inherited = true;
      }
      if (text !== '') above.set(col, text);
      return { role, col, value, text, inherited };
    }),
  }));
}

/** The effective text of the first cell bound to `role` in a row ('' when absent). */
export function roleText(row: TableRow, role: ColumnRole): string {
  return row.cells.find((c) => c.role === role)?.text ?? '';
}
