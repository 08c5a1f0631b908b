import type { Grid } from '../../grid/grid';
import type { RecognizedTable } from '../../recognize/recognized-table';
import { categoryRuns, lowestLevelNamesItems, type CategoryRow, type CategoryRun } from './categoryLevels';
import { groupItemRows, type ItemGroup } from './groupItemRows';
import { isBonusText } from './parseBonus';
import { pointsCell, statedTotal } from './parsePoints';
import { joinVertical, numberAndName, RubricCells } from './rubricCells';
import { rubricColumns } from './rubricColumns';

/** An item as the rows write it, before its points are interpreted. */
export interface ItemRow {
  readonly number?: string;
  readonly name: string;
  readonly text: string;
  /** The lowest category holding the item. */
  readonly category?: CategoryRow;
  readonly method?: string;
  readonly note?: string;
  /** The 分值 cell, when it holds a number. */
  readonly columnMax?: number;
  /** Points the item's own label states (`II-1 党建工作（7分）`, `社区党组织建设3分`). */
  readonly labelMax?: number;
  /** The item's own label marks it a bonus (`加分项目`). */
  readonly labelBonus?: boolean;
  readonly row: number;
  /** Column where the item is written (for findings). */
  readonly col: number;
}

export interface RubricRows {
  /** Every category, in reading order (row, then column). */
  readonly categories: readonly CategoryRow[];
  readonly items: readonly ItemRow[];
  /** A 合计 / 总分 row's points. */
  readonly total?: { readonly value: number; readonly row: number; readonly col: number };
}

const joinUnique = (texts: readonly string[]) => [...new Set(texts.filter(Boolean))].join(' ');

/**
 * Walks a rubric's data rows into categories and items. The layouts seen in real documents:
 * - a category column whose merged or blank ("same as above") cells span the items,
 *   on one level or two (`测评项目 | 指标名称`), the total written with the name
 *   (`一、机制健全15分`, `公共环境（23分）`, `组织领导有力（总分24分）`);
 * - category rows of their own (`一、联点共建情况 … 满分46分`, or `一` in the 序号
 *   column with the total in 分值) over items named in the same column, where a row
 *   without a name or points continues the next item's text (a Word row split across
 *   a page, seed 001 item 8);
 * - an item over several lines, its 序号 and 分值 cells merged down them;
 * - a lowest level written on every item's row (`II-1 党建工作（7分）`): it names the
 *   item and states its points, it is not a category of one.
 */
export function rubricRows(table: RecognizedTable, grid: Grid): RubricRows {
  const cells = new RubricCells(grid);
  const cols = rubricColumns(table);
  const { headings, groups, contentRows, headingAt, labelNamesItems, levels, total } = groupItemRows(cells, cols, table.dataRows);

  // A level's run restarts under each category row, as it does under a new parent.
  const underNewHeading = new Set(contentRows.filter((row, i) => i > 0 && headingAt.get(row) !== headingAt.get(contentRows[i - 1])));
  const runs = categoryRuns(cells, contentRows, levels, (row) => underNewHeading.has(row));
  const runsOf = (group: ItemGroup) => runs.get(group.rows[0]) ?? [];
  const itemLevel = levels.length > 0 && lowestLevelNamesItems(groups.map((g) => runsOf(g)[levels.length - 1]));
  const categoryLevels = itemLevel ? levels.length - 1 : levels.length;

  const fromRun = new Map<CategoryRun, CategoryRow>();
  const categoryOf = (run: CategoryRun | undefined, top: CategoryRow | undefined): CategoryRow | undefined => {
    if (run === undefined) return top;
    const parent = categoryOf(run.parent, top);
    if (run.text === '') return parent;
    let category = fromRun.get(run);
    if (!category) {
      const stated = statedTotal(run.text);
      category = { name: joinVertical(stated.name), bonus: isBonusText(run.text), row: run.row, col: run.col, ...(stated.total === undefined ? {} : { declaredTotal: stated.total }), ...(parent ? { parent } : {}) };
      fromRun.set(run, category);
    }
    return category;
  };
  const lowestCategory = (row: number) => categoryOf(categoryLevels > 0 ? runs.get(row)?.[categoryLevels - 1] : undefined, headingAt.get(row));
  // Categories that hold no item (a label row above its items) are still named and checked.
  for (const row of contentRows) lowestCategory(row);

  const criterionOf = (row: number) => (cols.criterion === cols.label ? '' : cells.own(row, cols.criterion));
  const items = groups.map((group): ItemRow => {
    const [first] = group.rows;
    const category = lowestCategory(first);
    const criterion = joinUnique(group.rows.map(criterionOf));
    const max = cols.max === undefined ? undefined : pointsCell(cells.own(first, cols.max));
    // A method merged over several items belongs to each; a line's own method is added to its item's.
    const alongside = (col: number | undefined) => joinUnique(group.rows.map((row, i) => (i === 0 ? cells.merged(row, col) : cells.own(row, col))));
    const method = alongside(cols.method);
    const note = alongside(cols.note);
    const extra = {
      ...(category ? { category } : {}),
      ...(max === undefined ? {} : { columnMax: max }),
      ...(method ? { method } : {}),
      ...(note ? { note } : {}),
    };
    if (labelNamesItems) {
      const label = cells.own(first, cols.label);
      const text = `${group.pending} ${criterion}`.trim() || label;
      return { ...numberAndName(label || criterion), text, row: first, col: cols.label ?? 0, ...extra };
    }
    const text = cols.criterion === undefined || cols.criterion === cols.label ? cells.merged(first, cols.label) : criterion;
    const itemLabel = itemLevel ? runsOf(group)[levels.length - 1]?.text ?? '' : '';
    const stated = statedTotal(itemLabel);
    // An item over several lines is named after its first line.
    const named = numberAndName(itemLabel ? joinVertical(stated.name) : criterionOf(first) || text);
    const seq = cells.own(first, cols.seq);
    const number = /^\d+$/.test(seq) ? seq : named.number;
    return {
      ...named,
      ...(number === undefined ? {} : { number }),
      text,
      ...(stated.total === undefined ? {} : { labelMax: stated.total }),
      ...(itemLabel && isBonusText(itemLabel) ? { labelBonus: true } : {}),
      row: first,
      col: cols.criterion ?? cols.label ?? 0,
      ...extra,
    };
  });

  const categories = [...headings, ...fromRun.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return total === undefined ? { categories, items } : { categories, items, total };
}
