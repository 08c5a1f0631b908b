import { ROW_VOCABULARY } from '../rubricVocabulary';
import type { CategoryRow } from './categoryLevels';
import { isBonusText } from './parseBonus';
import { fullScoreInText, pointsCell, pointsInText, statedTotal } from './parsePoints';
import type { RubricCells } from './rubricCells';
import type { RubricColumns } from './rubricColumns';

/** The rows of one item: a numbered line and the lines its merged 序号 / 分值 cells cover. */
export interface ItemGroup {
  readonly rows: number[];
  /** The category row above it, in a table that has category rows. */
  readonly heading?: CategoryRow;
  /** Text of unnamed rows just before it (the first half of a row split across a page). */
  readonly pending: string;
}

export interface GroupedRows {
  /** Category rows of their own, with their totals. */
  readonly headings: readonly CategoryRow[];
  readonly groups: readonly ItemGroup[];
  /** Rows that are neither category rows nor the total row, in order. */
  readonly contentRows: readonly number[];
  /** The category row each content row lies under. */
  readonly headingAt: ReadonlyMap<number, CategoryRow>;
  /** True when the label column names items between its category rows (`1. 党员干部入户宣传`). */
  readonly labelNamesItems: boolean;
  /** Level columns whose merged or blank cells are read as categories (the label column is not, when it has category rows). */
  readonly levels: readonly number[];
  /** A 合计 / 总分 / 累计得分 row's points. */
  readonly total?: { readonly value: number; readonly row: number; readonly col: number };
}

/**
 * Sorts a rubric's data rows into the total row, category rows (`一` in the 序号 column,
 * or `一、…` in a label column that also numbers items) and items: one row each, or
 * several where the 序号 / 分值 / 得分 cells are merged down lines that have no number
 * or points of their own.
 */
export function groupItemRows(cells: RubricCells, cols: RubricColumns, dataRows: readonly number[]): GroupedRows {
  const rowMax = (row: number) => (cols.max === undefined ? undefined : pointsCell(cells.own(row, cols.max)));
  const criterionOf = (row: number) => (cols.criterion === cols.label ? '' : cells.own(row, cols.criterion));
  const numbered = (text: string) => ROW_VOCABULARY.itemNumber.test(text);
  const ownNumber = (row: number) => /^\d+$/.test(cells.own(row, cols.seq)) || numbered(cells.own(row, cols.label)) || numbered(criterionOf(row));

  let total: GroupedRows['total'];
  const rows = dataRows.filter((row) => {
    const named = [cells.own(row, cols.seq), cells.own(row, cols.label)].find((t) => t !== '') ?? '';
    if (!ROW_VOCABULARY.totalRow.test(named.replace(/ /g, ''))) return true;
    const value = rowMax(row) ?? fullScoreInText(`${named} ${criterionOf(row)}`);
    if (value !== undefined) total = { value, row, col: cols.max ?? cols.label ?? 0 };
    return false;
  });

  const labelHeadings = new Set(rows.filter((row) => ROW_VOCABULARY.categoryRow.test(cells.own(row, cols.label))));
  const labelNumbersItems = rows.some((row) => !labelHeadings.has(row) && numbered(cells.own(row, cols.label)));
  const isHeading = (row: number) => ROW_VOCABULARY.categoryNumber.test(cells.own(row, cols.seq)) || (labelNumbersItems && labelHeadings.has(row));
  const headingRows = new Set(rows.filter(isHeading));
  const labelNamesItems = headingRows.size > 0 && rows.some((row) => !headingRows.has(row) && cells.own(row, cols.label) !== '');

  const headings: CategoryRow[] = [];
  const groups: ItemGroup[] = [];
  const contentRows: number[] = [];
  const headingAt = new Map<number, CategoryRow>();
  let heading: CategoryRow | undefined;
  let pending = '';

  for (const row of rows) {
    const criterion = criterionOf(row);
    const max = rowMax(row);
    if (headingRows.has(row)) {
      const name = cells.own(row, cols.label) || cells.own(row, cols.seq);
      const stated = statedTotal(name);
      const declaredTotal = max ?? stated.total ?? fullScoreInText(`${criterion} ${cells.own(row, cols.method)} ${cells.own(row, cols.note)}`);
      const col = (max === undefined ? cols.label ?? cols.seq : cols.max) ?? 0;
      heading = { name: stated.name, bonus: isBonusText(`${name} ${criterion}`), row, col, ...(declaredTotal === undefined ? {} : { declaredTotal }) };
      headings.push(heading);
      pending = '';
      continue;
    }
    contentRows.push(row);
    if (heading) headingAt.set(row, heading);
    const last = groups[groups.length - 1];
    const continues = last !== undefined && last.heading === heading && !ownNumber(row) && pointsInText(criterion).length === 0;
    if (continues && cols.itemKeys.some((col) => cells.mergedFromAbove(row, col, last.rows[0]))) {
      last.rows.push(row);
      continue;
    }
    if (labelNamesItems && cells.own(row, cols.label) === '' && max === undefined) {
      pending = `${pending} ${criterion}`.trim();
      continue;
    }
    const label = labelNamesItems ? cells.own(row, cols.label) : '';
    const body = cols.criterion === undefined || cols.criterion === cols.label ? cells.merged(row, cols.label) : criterion;
    if (label === '' && body === '' && max === undefined) continue;
    groups.push({ rows: [row], ...(heading ? { heading } : {}), pending });
    pending = '';
  }

  const levels = headingRows.size > 0 ? cols.levels.filter((c) => c !== cols.label) : cols.levels;
  const grouped = { headings, groups, contentRows, headingAt, labelNamesItems, levels };
  return total === undefined ? grouped : { ...grouped, total };
}
