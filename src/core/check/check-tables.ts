import { cellAddress, rangeAddress } from '../grid/a1';
import { removeSpaces } from '../grid/cell-text';
import { isCellError, type Grid } from '../grid/grid';
import { makeFinding, type Finding } from '../findings/finding';
import { signatureOf } from '../recognize/kind-signatures';
import type { RecognizedTable } from '../recognize/recognized-table';
import { readTableTexts } from '../recognize/table-rows';
import type { CheckContext } from './check-context';
import { firstEqualRow } from './_lib/first-equal-row';

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
    const squeezed = readTableTexts(grid, table);
    for (const texts of squeezed) for (let i = 0; i < texts.length; i += 1) texts[i] = removeSpaces(texts[i]);
    findings.push(...duplicateRows(table, squeezed), ...sharedDetails(table, squeezed), ...cellErrors(grid, table));
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


/** Positions, within a row's cells, of the cells bound to the given roles. */
function positionsOf(table: RecognizedTable, wanted: (role: string) => boolean): number[] {
  const positions: number[] = [];
  table.columns.forEach((c, i) => { if (wanted(c.role)) positions.push(i); });
  return positions;
}

/** Rows' squeezed texts are computed once, for both comparisons. */
function duplicateRows(table: RecognizedTable, squeezed: readonly string[][]): Finding[] {
  // Content of a row for comparison: bound cells except 序号.
  const compared = positionsOf(table, (role) => role !== 'seq');
  const firstSeen = firstEqualRow(compared);
  const findings: Finding[] = [];
  squeezed.forEach((texts, r) => {
    let filled = 0;
    for (const i of compared) if (texts[i] !== '') filled += 1;
    if (filled < 2) return;
    const earlier = firstSeen.earlier(texts, r);
    if (earlier === undefined) return;
    const row = table.dataRows[r];
    findings.push(makeFinding('DUPLICATE_ROW', table.sheet, cellAddress(row, table.range.left), { row: row + 1, otherRow: table.dataRows[earlier] + 1 }));
  });
  return findings;
}

/**
 * Two rows for different units or communities with the same address and the
 * same contact: almost always a row copied and not fully edited (seed 000 has
 * two such pairs). A shared address alone is normal (two communities in one office).
 */
function sharedDetails(table: RecognizedTable, squeezed: readonly string[][]): Finding[] {
  const signature = signatureOf(table.kind as Exclude<typeof table.kind, 'unknown'>);
  const keyRoles = new Set<string>(signature.keyRoles);
  const detailRoles = new Set<string>(signature.detailRoles);
  const keys = positionsOf(table, (role) => keyRoles.has(role));
  const details = positionsOf(table, (role) => detailRoles.has(role));
  if (keys.length === 0 || details.length < 2) return [];
  const findings: Finding[] = [];
  const seen = firstEqualRow(details);
  squeezed.forEach((texts, r) => {
    if (details.some((i) => texts[i] === '')) return;
    const earlier = seen.earlier(texts, r);
    if (earlier === undefined) return;
    if (keys.every((i) => squeezed[earlier][i] === texts[i])) return; // an exact duplicate: DUPLICATE_ROW says it
    const row = table.dataRows[r];
    const columns = details.map((i) => table.columns[i].header.replace(/\s+/g, '')).join('、');
    findings.push(makeFinding('ROW_SHARED_DETAILS', table.sheet, cellAddress(row, table.columns[details[0]].col), { row: row + 1, otherRow: table.dataRows[earlier] + 1, columns }));
  });
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
