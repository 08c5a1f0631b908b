import { formatAt, type Grid } from '../grid/grid';
import { signatureOf } from '../recognize/kind-signatures';
import type { RecognizedTable } from '../recognize/recognized-table';
import { readTableRows, type TableCell } from '../recognize/table-rows';
import { annexColumns, sourceColumnIn, type SourceColumn } from './_lib/annex-columns';
import { annexCellValue, cleanTitle, type AnnexCell } from './_lib/clean-cell';
import { formLines, noteLines } from './_lib/source-lines';
import { commonTitle, fixDeclaredCount } from './_lib/title-count';
import { sourceKindOf, type AnnexKind } from './annex-kind';
import { ANNEX_LAYOUTS } from './annex-layouts';
import type { AnnexRow, AnnexTable, CleaningReport } from './annex-table';

export interface ReadAnnexOptions {
  /** The workbook's area code (`0392`), for a landline typed as a number without its 0. */
  readonly areaCode?: string;
}

interface SourceCell { readonly value: AnnexCell; readonly inherited: boolean }

/**
 * Reads one or several recognised tables of one kind on one sheet into a
 * cleaned annex table (DOMAIN §5): names unpadded, phones as text, 序号
 * renumbered 1..n per table, repeated headers dropped, each title's declared
 * count set to the real count, "same as above" cells marked to print merged.
 * Several tables (seed 000's three districts) become one table with a
 * sub-heading row per table that keeps its own title.
 *
 * @example readAnnexTable(grid, tables, 'pairing-plan').rows.length // 105 + 3 sub-headings
 */
export function readAnnexTable(grid: Grid, tables: readonly RecognizedTable[], kind: AnnexKind, options: ReadAnnexOptions = {}): AnnexTable {
  if (tables.length === 0) throw new Error('readAnnexTable needs at least one table');
  const spec = ANNEX_LAYOUTS[kind];
  const columns = annexColumns(tables[0], spec, grid);
  const rows: AnnexRow[] = [];
  const countFixes: { from: number; to: number; title: string }[] = [];
  const titles: string[] = [];
  let renumberedRows = 0;
  tables.forEach((table) => {
    const source = readTableRows(grid, table);
    const title = table.title === undefined ? undefined : cleanTitle(table.title);
    const fixed = title === undefined ? undefined : fixDeclaredCount(title, table.declaredCount, source.length);
    if (title !== undefined && fixed !== title) countFixes.push({ from: table.declaredCount ?? 0, to: source.length, title: fixed! });
    if (fixed !== undefined) titles.push(fixed);
    if (tables.length > 1 && fixed !== undefined) {
      rows.push({ type: 'section', cells: columns.map((_, i) => (i === 0 ? fixed : null)), continues: columns.map(() => false), bold: true });
    }
    // Where each annex column sits in this table, found once per table, not once per row.
    const sourceCols = columns.map((column) => sourceColumnIn(table, column, grid));
    const cells: SourceCell[][] = source.map((row, n) => columns.map((column, i) => {
      if (column.role === 'seq') return { value: n + 1, inherited: false };
      const col = sourceCols[i];
      if (col !== undefined && column.role === 'other') {
        // An unbound column: the cell as written (recognition read no "same as above" rule for it).
        return { value: annexCellValue('other', grid.values[row.row]?.[col] ?? null, formatAt(grid, row.row, col), options.areaCode), inherited: false };
      }
      const cell: TableCell | undefined = col === undefined ? undefined : row.cells.find((c) => c.col === col);
      if (!cell) return { value: null, inherited: false };
      const raw = cell.inherited ? cell.text : cell.value;
      return { value: annexCellValue(column.role, raw, formatAt(grid, row.row, cell.col), options.areaCode), inherited: cell.inherited };
    }));
    renumberedRows += countRenumbered(grid, table, columns, source.map((r) => r.row));
    const categories = new Set(signatureOf(sourceKindOf(kind)).fillDown);
    const continues = markContinuations(cells, columns.map((c) => categories.has(c.role)), source.map((r) => r.row), table.repeatedHeaderRows);
    cells.forEach((row, n) => rows.push({
      type: 'data',
      cells: row.map((c, i) => (continues[n][i] ? null : c.value)),
      continues: continues[n],
      bold: isBoldRow(row, columns, spec.boldRowPattern),
    }));
  });
  const last = tables[tables.length - 1];
  const report: CleaningReport = {
    rows: rows.filter((r) => r.type === 'data').length,
    sections: tables.length,
    droppedHeaderRows: tables.reduce((n, t) => n + t.repeatedHeaderRows.length, 0),
    renumberedRows,
    countFixes,
    maskedPhones: 0,
  };
  return {
    kind,
    title: commonTitle(titles) ?? spec.defaultTitle,
    sourceSheet: grid.name,
    ...(tables[0].annexNumber === undefined ? {} : { annexNumber: tables[0].annexNumber }),
    columns: columns.map(({ role, header, spec: s }) => ({ role, header, spec: s })),
    formLines: formLines(grid, tables[0]),
    rows,
    notes: tables.flatMap((t) => noteLines(grid, t, t === last ? Infinity : nextTop(tables, t))),
    report,
  };
}

function nextTop(tables: readonly RecognizedTable[], table: RecognizedTable): number {
  const next = tables[tables.indexOf(table) + 1];
  return next ? Math.min(next.titleRow ?? next.range.top, next.range.top) : Infinity;
}

function countRenumbered(grid: Grid, table: RecognizedTable, columns: readonly SourceColumn[], rows: readonly number[]): number {
  const seq = columns.find((c) => c.role === 'seq');
  if (!seq) return 0;
  const col = sourceColumnIn(table, seq);
  if (col === undefined) return rows.length;
  return rows.filter((row, n) => Number(String(grid.values[row]?.[col] ?? '').trim()) !== n + 1).length;
}

/**
 * Which cells continue the one above. A category column (the kind's
 * "same as above" roles: a rubric's 测评项目, a checklist's indicator levels,
 * a grid's 社区) continues whenever it repeats the text above; any other
 * column only where the source left the cell blank or merged, or where it
 * repeats the text across a repeated header (a merged cell cut by a page
 * break in the Word original). A category never runs across a break of a
 * category to its left (an indicator's 指标名称 ends where its 测评项目 ends).
 */
function markContinuations(cells: readonly SourceCell[][], category: readonly boolean[], rows: readonly number[], repeated: readonly number[]): boolean[][] {
  const mergeable = category.map((isCategory, i) => isCategory || cells.some((row) => row[i].inherited));
  return cells.map((row, n) => {
    let leftBroke = false;
    return row.map((cell, i) => {
      if (!mergeable[i]) return false;
      const above = n > 0 ? cells[n - 1][i].value : null;
      const pageBreak = n > 0 && repeated.some((r) => r > rows[n - 1] && r < rows[n]);
      const continues = n > 0 && !leftBroke && cell.value !== null && cell.value === above && (category[i] || cell.inherited || pageBreak);
      if (!continues) leftBroke = true;
      return continues;
    });
  });
}

function isBoldRow(row: readonly SourceCell[], columns: readonly SourceColumn[], pattern: RegExp | undefined): boolean {
  if (!pattern) return false;
  const first = row.find((cell, i) => columns[i].role !== 'seq' && typeof cell.value === 'string');
  return typeof first?.value === 'string' && pattern.test(first.value);
}
