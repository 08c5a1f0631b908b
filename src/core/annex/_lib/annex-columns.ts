import { cellText, isBlankValue } from '../../grid/cell-text';
import type { Grid } from '../../grid/grid';
import type { ColumnBinding, RecognizedTable } from '../../recognize/recognized-table';
import type { ColumnRole } from '../../recognize/table-kind';
import type { AnnexColumn } from '../annex-table';
import { columnSpecOf, type AnnexLayoutSpec } from '../annex-layouts';
import { cleanHeader } from './clean-cell';

/** An annex column and where each source table keeps it: `(role, n)` is the n-th column of that role. */
export interface SourceColumn extends AnnexColumn {
  readonly occurrence: number;
  /** True for a 序号 column the source lacked. */
  readonly added: boolean;
  /** For a column recognition left unbound (`other`): its header as written, to find it in each source table. */
  readonly sourceHeader?: string;
}

/** Columns inside a table whose header names no role (`共建内容`, `备用电话`): kept in the annex, where the source had them. */
export function unboundColumns(grid: Grid, table: RecognizedTable): { col: number; header: string }[] {
  const bound = new Set(table.columns.map((c) => c.col));
  const columns: { col: number; header: string }[] = [];
  for (let col = table.range.left; col <= table.range.right; col += 1) {
    if (bound.has(col)) continue;
    const header = table.headerRows.map((row) => cellText(grid.values[row]?.[col] ?? null).trim()).filter((t) => t !== '').join('/');
    if (header !== '' && table.dataRows.some((row) => !isBlankValue(grid.values[row]?.[col] ?? null))) columns.push({ col, header });
  }
  return columns;
}

function headerLevels(binding: ColumnBinding | undefined, fallback: string): string[] {
  const text = binding && binding.header.trim() !== '' ? binding.header : fallback;
  return text.split('/').map(cleanHeader);
}

/**
 * The annex's columns for a recognised table. They follow the layout's order
 * (an office prints 序号 first and 联系人 last, whatever order the source typed);
 * a table that binds one role to several columns (a two-row header: 联系领导 over
 * 市级 | 区级) keeps the source order, because its header groups depend on it.
 */
export function annexColumns(table: RecognizedTable, spec: AnnexLayoutSpec, grid?: Grid): SourceColumn[] {
  const seen = new Map<ColumnRole, number>();
  const bound = table.columns.map((binding, position) => {
    const occurrence = seen.get(binding.role) ?? 0;
    seen.set(binding.role, occurrence + 1);
    const specColumn = spec.columns.filter((c) => c.role === binding.role)[occurrence] ?? columnSpecOf(spec, binding.role);
    return { binding, position, occurrence, specColumn };
  });
  const unique = bound.every((b) => b.occurrence === 0);
  const rank = (role: ColumnRole, position: number) => {
    const i = spec.columns.findIndex((c) => c.role === role);
    return i >= 0 ? i : spec.columns.length + position;
  };
  const ordered = unique ? [...bound].sort((a, b) => rank(a.binding.role, a.position) - rank(b.binding.role, b.position)) : bound;
  const columns: SourceColumn[] = ordered.map(({ binding, occurrence, specColumn }) => ({
    role: binding.role,
    header: headerLevels(binding, specColumn.header),
    spec: specColumn,
    occurrence,
    added: false,
  }));
  // Unbound columns follow the source column they stood after (or lead, when they came first).
  for (const extra of grid ? unboundColumns(grid, table) : []) {
    const before = [...table.columns].filter((c) => c.col < extra.col).sort((a, b) => b.col - a.col)[0];
    const at = before === undefined ? 0 : columns.findIndex((c) => c.role === before.role && sourceColumnIn(table, c) === before.col) + 1;
    const otherSpec = columnSpecOf(spec, 'other');
    columns.splice(at, 0, { role: 'other', header: extra.header.split('/').map(cleanHeader), spec: otherSpec, occurrence: 0, added: false, sourceHeader: extra.header });
  }
  if (spec.addSeq && !seen.has('seq')) {
    const seq = columnSpecOf(spec, 'seq');
    columns.unshift({ role: 'seq', header: [seq.header], spec: seq, occurrence: 0, added: true });
  }
  // A lone 序号 among the columns still goes first: `重排列` types it third.
  const seqAt = columns.findIndex((c) => c.role === 'seq');
  if (seqAt > 0 && !unique) columns.unshift(...columns.splice(seqAt, 1));
  return columns;
}

/** The sheet column of an annex column in one source table, if it has one. */
export function sourceColumnIn(table: RecognizedTable, column: SourceColumn, grid?: Grid): number | undefined {
  if (column.added) return undefined;
  if (column.sourceHeader !== undefined) return grid ? unboundColumns(grid, table).find((c) => c.header === column.sourceHeader)?.col : undefined;
  return table.columns.filter((c) => c.role === column.role)[column.occurrence]?.col;
}

/** The annex columns of a blank template: the layout's own columns and headers. */
export function templateColumns(spec: AnnexLayoutSpec): AnnexColumn[] {
  return spec.columns
    .filter((c) => !c.optional)
    .map((c) => ({ role: c.role, header: c.header.split('/'), spec: c }));
}
