import { cellAddress, columnLetter, rangeAddress } from '../grid/a1';
import { cellText, isBlankValue } from '../grid/cell-text';
import { cellAt, columnCount, formatAt, type Grid } from '../grid/grid';
import { emptyPlan, type EditOp, type EditPlan } from '../edit-plan/edit-plan';
import { columnOf, type RecognizedTable } from '../recognize/recognized-table';
import type { ClassifyPhoneOptions } from './classifyPhone';
import { parseContactCell, type ContactEntry, type ParsedPhone } from './parseContactCell';
import { readNumericPhone } from './readNumericPhone';

/** The headers of the two new columns. */
export const SPLIT_HEADERS = ['联系人', '联系电话'] as const;

const WRITTEN_AS_FORMATTED = new Set(['mobile', 'landline', 'service']);

function nameOf(entry: ContactEntry): string {
  if (entry.kind === 'role') return `${entry.org ?? ''}${entry.name ?? ''}`;
  const name = entry.name ?? '';
  return entry.note === undefined ? name : `${name}（${entry.note}）`;
}

const phoneOf = (p: ParsedPhone): string => (WRITTEN_AS_FORMATTED.has(p.classification.kind) ? p.classification.formatted : p.text);

/** Names and phones of one contact cell, each joined with `、`. */
function splitCell(grid: Grid, row: number, col: number, options: ClassifyPhoneOptions): [string, string] | undefined {
  const value = cellAt(grid, row, col);
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'number') return ['', readNumericPhone(value, formatAt(grid, row, col), options).phone];
  const entries = parseContactCell(cellText(value), options);
  return [
    entries.filter((e) => e.kind !== 'none').map(nameOf).join('、'),
    entries.flatMap((e) => e.phones.map(phoneOf)).join('、'),
  ];
}

const headerAt = (grid: Grid, row: number, col: number): string => cellText(cellAt(grid, row, col)).replace(/\s+/g, '');

/** True when the two columns right of the table already are this split (`联系人` | `联系电话`). */
function alreadySplit(grid: Grid, table: RecognizedTable, headerRow: number): boolean {
  if (columnOf(table, 'contactName') !== undefined && columnOf(table, 'phone') !== undefined) return true;
  for (let col = table.range.right + 1; col < columnCount(grid); col += 1) {
    if (headerAt(grid, headerRow, col) === SPLIT_HEADERS[0] && headerAt(grid, headerRow, col + 1) === SPLIT_HEADERS[1]) return true;
  }
  return false;
}

/** The first pair of columns right of the table that is empty over all of the table's rows. */
function freeColumns(grid: Grid, table: RecognizedTable): number {
  const isFree = (col: number): boolean => {
    for (let row = table.range.top; row <= table.range.bottom; row += 1) if (!isBlankValue(cellAt(grid, row, col))) return false;
    return true;
  };
  let col = table.range.right + 1;
  while (!isFree(col) || !isFree(col + 1)) col += 1;
  return col;
}

/**
 * Plans splitting a combined 联系人及电话 column into two new columns,
 * 联系人 and 联系电话, inserted to the right of the table in the first two
 * empty columns (`郭  琳13503921007` → `郭琳` | `13503921007`;
 * `韩旭：15378673897\n徐静：13551701935` → `韩旭、徐静` | `15378673897、13551701935`).
 * The original column stays untouched; the phone column is text (`@`).
 * Returns an empty plan when the split is already there.
 *
 * @throws Error when the grid is not the table's sheet, or the table has no header row or no contact column.
 */
export function planContactColumnSplit(grid: Grid, table: RecognizedTable, options: ClassifyPhoneOptions = {}): EditPlan {
  if (grid.name !== table.sheet) throw new Error(`planContactColumnSplit: the grid is sheet "${grid.name}" but the table is on "${table.sheet}"`);
  const contactCol = columnOf(table, 'contact');
  if (contactCol === undefined) throw new Error(`planContactColumnSplit: the table on "${table.sheet}" has no contact column`);
  const headerRow = table.headerRows[table.headerRows.length - 1];
  if (headerRow === undefined) throw new Error(`planContactColumnSplit: the table on "${table.sheet}" has no header row`);
  if (alreadySplit(grid, table, headerRow)) return emptyPlan('联系人与电话已分列');

  const col = freeColumns(grid, table);
  const sheet = table.sheet;
  const rows = table.dataRows.map((row) => ({ row, values: splitCell(grid, row, contactCol, options) }));
  const lastRow = Math.max(headerRow, ...table.dataRows);
  const ops: EditOp[] = [{ op: 'setValues', sheet, at: cellAddress(headerRow, col), values: [[...SPLIT_HEADERS]] }];
  if (table.dataRows.length > 0) {
    ops.push({ op: 'format', sheet, range: rangeAddress({ top: Math.min(...table.dataRows), left: col + 1, bottom: lastRow, right: col + 1 }), format: { numberFormat: '@' } });
  }
  for (const { row, values } of rows) if (values) ops.push({ op: 'setValues', sheet, at: cellAddress(row, col), values: [values] });
  ops.push({ op: 'format', sheet, range: rangeAddress({ top: headerRow, left: col, bottom: lastRow, right: col + 1 }), format: { border: 'thin', wrap: true } });
  // Wide enough for a name and an 11-digit mobile or `0392-3311234` on one line.
  ops.push({ op: 'columnWidth', sheet, column: columnLetter(col), width: 10 }, { op: 'columnWidth', sheet, column: columnLetter(col + 1), width: 15 });
  const header = table.columns.find((c) => c.col === contactCol)?.header ?? '联系人及电话';
  return { summary: `把“${header}”拆分为“联系人”“联系电话”两列（${columnLetter(col)}、${columnLetter(col + 1)} 列）`, ops };
}
