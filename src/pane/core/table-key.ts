import { cellAddress } from '../../core/grid/a1';
import type { RecognizedTable } from '../../core/recognize/recognized-table';

/**
 * A table's stable key for settings: its sheet and top-left cell, `附件1!A3`.
 * Kind overrides are stored under it, so they survive re-reading the workbook.
 */
export function tableKey(table: Pick<RecognizedTable, 'sheet' | 'range'>): string {
  return `${table.sheet}!${cellAddress(table.range.top, table.range.left)}`;
}
