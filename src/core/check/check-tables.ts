import { cellAddress, rangeAddress } from '../grid/a1';
import { isCellError, type Grid } from '../grid/grid';
import { makeFinding, type Finding } from '../findings/finding';
import { signatureOf } from '../recognize/kind-signatures';
import type { RecognizedTable } from '../recognize/recognized-table';
import { readTableRows, type TableRow } from '../recognize/table-rows';
import type { CheckContext } from './check-context';

/**
 * Table-level findings (DOMAIN §6 "tables"): COUNT_MISMATCH, HEADER_REPEATED,
 * DUPLICATE_ROW, ROW_SHARED_DETAILS, and CELL_ERROR for formula errors in data.
 */
export function checkTables({ workbook, tables }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    if (table.kind === 'unknown') continue;
    const grid = workbook.sheets.find((s) => s.name === table.sheet);
    if (!grid) continue;
    findings.push(...countMismatch(grid, table), ...repeatedHeaders(table));
    const rows = readTableRows(grid, table);
    findings.push(...duplicateRows(table, rows), ...sharedDetails(table, rows), ...cellErrors(grid, table));
  }
  return findings;
}

function countMismatch(grid: Grid, table: RecognizedTable): Finding[] {
  if (table.declaredCount === undefined || table.declaredCount === table.dataRows.length) return [];
  const row = table.titleRow ?? table.range.top;
  const col = (grid.values[row] ?? []).findIndex((v) => v !== null && v !== undefined && v !== '');
  return [makeFinding('COUNT_MISMATCH', table.sheet, cellAddress(row, Math.max(col, 0)), { declared: table.declaredCount, actual: table.dataRows.length, title: table.title ?? '' })];
}

function repeatedHeaders(table: RecognizedTable): Finding[] {
  return table.repeatedHeaderRows.map((row) =>
    makeFinding('HEADER_REPEATED', table.sheet, rangeAddress({ top: row, bottom: row, left: table.range.left, right: table.range.right }), { row: row + 1 }));
}

/** Content of a row for comparison: bound cells except 序号, spaces removed. */
function rowKey(row: TableRow, skip: (role: string) => boolean): { key: string; filled: number } {
  let filled = 0;
  const parts = row.cells.filter((c) => !skip(c.role)).map((c) => {
    const text = c.text.replace(/[\s\u3000\u00a0]+/g, '');
    if (text !== '') filled++;
    return text;
  });
  return { key: parts.join('\u0001'), filled };
}

function duplicateRows(table: RecognizedTable, rows: readonly TableRow[]): Finding[] {
  const firstSeen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const row of rows) {
    const { key, filled } = rowKey(row, (role) => role === 'seq');
    if (filled < 2) continue;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) { firstSeen.set(key, row.row); continue; }
    findings.push(makeFinding('DUPLICATE_ROW', table.sheet, cellAddress(row.row, table.range.left), { row: row.row + 1, otherRow: earlier + 1 }));
  }
  return findings;
}

/**
 * Two rows for different units or communities with the same address and the
 * same contact: almost always a row copied and not fully edited (seed 000 has
 * two such pairs). A shared address alone is normal (two communities in one office).
 */
function sharedDetails(table: RecognizedTable, rows: readonly TableRow[]): Finding[] {
  const signature = signatureOf(table.kind as Exclude<typeof table.kind, 'unknown'>);
  const keyRoles = new Set<string>(signature.keyRoles);
  const detailRoles = new Set<string>(signature.detailRoles);
  if (keyRoles.size === 0 || detailRoles.size === 0) return [];
  const normalize = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, '');
  const findings: Finding[] = [];
  const seen = new Map<string, { row: number; key: string }>();
  for (const row of rows) {
    const details = row.cells.filter((c) => detailRoles.has(c.role));
    const filled = details.filter((c) => normalize(c.text) !== '');
    if (filled.length < 2 || filled.length !== details.length) continue;
    const detailKey = details.map((c) => normalize(c.text)).join('\u0001');
    const key = row.cells.filter((c) => keyRoles.has(c.role)).map((c) => normalize(c.text)).join('\u0001');
    const earlier = seen.get(detailKey);
    if (!earlier) { seen.set(detailKey, { row: row.row, key }); continue; }
    if (earlier.key === key) continue; // an exact duplicate: DUPLICATE_ROW says it
    const columns = details.map((c) => table.columns.find((b) => b.col === c.col)?.header.replace(/\s+/g, '') ?? c.role).join('、');
    findings.push(makeFinding('ROW_SHARED_DETAILS', table.sheet, cellAddress(row.row, details[0].col), { row: row.row + 1, otherRow: earlier.row + 1, columns }));
  }
  return findings;
}

function cellErrors(grid: Grid, table: RecognizedTable): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.dataRows) {
    for (const { col } of table.columns) {
      const value = grid.values[row]?.[col] ?? null;
      if (isCellError(value)) findings.push(makeFinding('CELL_ERROR', table.sheet, cellAddress(row, col), { error: value.error }));
    }
  }
  return findings;
}
