import type { WorkbookGrids } from '../grid/grid';
import type { RecognizedTable } from '../recognize/recognized-table';
import type { ColumnRole } from '../recognize/table-kind';
import { readTableRows, roleText } from '../recognize/table-rows';

/** Roles whose cells name something a score sheet can rank, in order of preference. */
export const ENTITY_ROLES: readonly ColumnRole[] = ['entity', 'community', 'unit', 'site', 'name'];

/** A recognised table whose column names the communities or units to score. */
export interface EntitySource {
  readonly table: RecognizedTable;
  readonly sheet: string;
  readonly title?: string;
  readonly role: ColumnRole;
  /** Each name once, in table order, without spaces. */
  readonly names: readonly string[];
}

/**
 * Every table that can give the rows of a score sheet: a plain list (`序号 | 社区名称`,
 * or names typed under a title), or the community or unit column of any other table
 * (a pairing plan, a site checklist). Rubrics are what is scored, never a source.
 *
 * @example entitySources(workbook, tables)[0].names // ['迎宾社区', '怡乐园社区', …]
 */
export function entitySources(workbook: WorkbookGrids, tables: readonly RecognizedTable[]): EntitySource[] {
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  return tables.flatMap((table) => {
    const grid = grids.get(table.sheet);
    const role = ENTITY_ROLES.find((r) => table.columns.some((c) => c.role === r));
    if (!grid || !role || table.kind === 'rubric' || table.kind === 'unknown') return [];
    // A list typed from a notice may hold several names in one cell: `龙潭镇、曹庙镇、长集镇`.
    const split = (text: string) => (table.kind === 'entity-list' ? text.split('、') : [text]);
    const names = readTableRows(grid, table).flatMap((row) => split(roleText(row, role))).map((n) => n.replace(/\s+/g, '').replace(/[。.]$/, ''));
    // Merged cells repeat a community over several rows: each name once.
    const unique = [...new Set(names.filter((n) => n !== ''))];
    return unique.length === 0 ? [] : [{ table, sheet: table.sheet, ...(table.title ? { title: table.title } : {}), role, names: unique }];
  });
}
