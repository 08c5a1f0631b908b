import { columnLetter, rangeAddress } from '../grid/a1';
import type { RecognizedTable } from './recognized-table';
import type { RecognizedKind } from './table-kind';

/** A recognised table as the CLI's `--json` prints it (DOMAIN §7): A1 ranges, 1-based rows, column letters. */
export interface TableSummary {
  readonly sheet: string;
  readonly kind: RecognizedKind;
  readonly range: string | null;
  readonly headerRow: number | null;
  readonly headerRows: readonly number[];
  /** Role → column letter; a role bound to several columns lists them all. */
  readonly columns: Readonly<Record<string, string | readonly string[]>>;
  readonly annex?: string;
  readonly title?: string;
  readonly declaredCount?: number;
  readonly dataRows: number;
  readonly repeatedHeaderRows?: readonly number[];
}

/**
 * @example summarizeTable(table) // { sheet: '附件1', kind: 'pairing-plan', range: 'A3:E49', headerRow: 3, columns: { seq: 'A', … }, declaredCount: 46, dataRows: 46 }
 */
export function summarizeTable(table: RecognizedTable): TableSummary {
  const columns: Record<string, string | string[]> = {};
  for (const { role, col } of table.columns) {
    const letter = columnLetter(col);
    const existing = columns[role];
    columns[role] = existing === undefined ? letter : [...(Array.isArray(existing) ? existing : [existing]), letter];
  }
  const empty = table.kind === 'unknown' && table.headerRows.length === 0 && table.dataRows.length === 0;
  return {
    sheet: table.sheet,
    kind: table.kind,
    range: empty ? null : rangeAddress(table.range),
    headerRow: table.headerRows.length > 0 ? table.headerRows[0] + 1 : null,
    headerRows: table.headerRows.map((r) => r + 1),
    columns,
    ...(table.annexLabel ? { annex: table.annexLabel } : {}),
    ...(table.title ? { title: table.title } : {}),
    ...(table.declaredCount !== undefined ? { declaredCount: table.declaredCount } : {}),
    dataRows: table.dataRows.length,
    ...(table.repeatedHeaderRows.length > 0 ? { repeatedHeaderRows: table.repeatedHeaderRows.map((r) => r + 1) } : {}),
  };
}
