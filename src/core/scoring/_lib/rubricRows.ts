import { cellAt, type CellValue, type Grid } from '../../grid/grid';
import { rangeContains } from '../../grid/a1';
import { columnOf, type RecognizedTable } from '../../recognize/recognized-table';
import { ROW_VOCABULARY } from '../rubricVocabulary';
import { isBonusText } from './parseBonus';
import { fullScoreInText, pointsCell, pointsInText } from './parsePoints';
import { normalizeText } from './normalizeText';

/** A category as the rows name it. */
export interface CategoryRow {
  readonly name: string;
  readonly declaredTotal?: number;
  readonly bonus: boolean;
  readonly row: number;
  /** Column of the cell that declares its total (the 分值 cell, else the name). */
  readonly col: number;
}

/** An item as the rows write it, before its points are interpreted. */
export interface ItemRow {
  readonly number?: string;
  readonly name: string;
  readonly text: string;
  readonly category?: CategoryRow;
  readonly method?: string;
  readonly note?: string;
  /** The 分值 cell, when it holds a number. */
  readonly columnMax?: number;
  readonly row: number;
  /** Column where the item is written (for findings). */
  readonly col: number;
}

export interface RubricRows {
  readonly categories: readonly CategoryRow[];
  readonly items: readonly ItemRow[];
  /** A 合计 / 总分 row's points. */
  readonly total?: { readonly value: number; readonly row: number; readonly col: number };
}

/** The value of a cell, or of the merged area's top-left cell it lies in. */
function mergedValue(grid: Grid, row: number, col: number): CellValue {
  const area = grid.merges.find((m) => rangeContains(m, row, col));
  return area ? cellAt(grid, area.top, area.left) : cellAt(grid, row, col);
}

/** `1.路面硬化、环境美化、绿化，路面无积水…` → number `1`, name `路面硬化、环境美化、绿化`. */
function numberAndName(text: string): { number?: string; name: string } {
  const m = ROW_VOCABULARY.itemNumber.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  const clause = rest.split(/[，,；;。（(：:]/)[0].trim() || rest.trim();
  // Headers stay short; a number is never cut in two (`达到100%`, not `达到1…`).
  const cut = clause.length > 14 ? clause.slice(0, 14) + (/^[\d.%]*/.exec(clause.slice(14))?.[0] ?? '') : clause;
  const name = cut.length < clause.length ? `${cut}…` : cut;
  return m ? { number: m[1], name } : { name };
}

/**
 * Walks a rubric's data rows into categories and items. Two layouts occur:
 * - a category column whose blank (or merged) cells mean "same as above",
 *   items numbered in the criterion (seed 000: `环境建设好 | 1.路面硬化…（5分）`);
 * - category rows (`一、联点共建情况 … 满分46分`) with items named in the same
 *   column (`1. 党员干部入户宣传`), where a row without a name or points continues
 *   the next item's text (a Word row split across a page, seed 001 item 8).
 */
export function rubricRows(table: RecognizedTable, grid: Grid): RubricRows {
  const colCategory = columnOf(table, 'category');
  const colCriterion = columnOf(table, 'criterion');
  const colLabel = colCategory ?? colCriterion;
  const colMax = columnOf(table, 'maxPoints');
  const text = (row: number, col: number | undefined, merged = false) =>
    col === undefined ? '' : normalizeText(merged ? mergedValue(grid, row, col) : cellAt(grid, row, col));
  const label = (row: number) => text(row, colLabel, colLabel === colCategory);
  const categoryRows = table.dataRows.some((row) => ROW_VOCABULARY.categoryRow.test(label(row)));

  const categories: CategoryRow[] = [];
  const items: ItemRow[] = [];
  let total: RubricRows['total'];
  let category: CategoryRow | undefined;
  let pending = '';

  for (const row of table.dataRows) {
    const name = label(row);
    const criterion = colCriterion === colLabel ? '' : text(row, colCriterion);
    const rowMax = colMax === undefined ? undefined : pointsCell(cellAt(grid, row, colMax));
    const method = text(row, columnOf(table, 'method'));
    const note = text(row, columnOf(table, 'note'));
    const extra = { ...(method ? { method } : {}), ...(note ? { note } : {}) };
    if (ROW_VOCABULARY.totalRow.test(name.replace(/ /g, ''))) {
      const value = rowMax ?? fullScoreInText(`${name} ${criterion}`);
      if (value !== undefined) total = { value, row, col: colMax ?? colLabel ?? 0 };
      continue;
    }
    if (categoryRows) {
      if (ROW_VOCABULARY.categoryRow.test(name)) {
        const declaredTotal = rowMax ?? fullScoreInText(`${name} ${criterion} ${method} ${note}`);
        category = { name, bonus: isBonusText(`${name} ${criterion}`), row, col: rowMax === undefined ? colLabel! : colMax!, ...(declaredTotal === undefined ? {} : { declaredTotal }) };
        categories.push(category);
        pending = '';
        continue;
      }
      if (name === '' && rowMax === undefined) {
        pending = `${pending} ${criterion}`.trim();
        continue;
      }
      const named = numberAndName(name || criterion);
      const body = `${pending} ${criterion}`.trim();
      pending = '';
      items.push({ ...named, text: body || name, row, col: colLabel!, ...(category ? { category } : {}), ...(rowMax === undefined ? {} : { columnMax: rowMax }), ...extra });
      continue;
    }
    const categoryText = colCategory === undefined ? '' : name;
    if (categoryText !== '') {
      const cleanName = categoryText.replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]/g, '').trim();
      if (cleanName !== category?.name) {
        const stated = pointsInText(categoryText);
        category = { name: cleanName, bonus: isBonusText(categoryText), row, col: colCategory!, ...(stated.length === 1 ? { declaredTotal: stated[0] } : {}) };
        categories.push(category);
      }
    }
    const body = colCategory === undefined ? name : criterion;
    if (body === '' && rowMax === undefined) continue;
    items.push({ ...numberAndName(body), text: body, row, col: colCriterion ?? colLabel ?? 0, ...(category ? { category } : {}), ...(rowMax === undefined ? {} : { columnMax: rowMax }), ...extra });
  }
  return total === undefined ? { categories, items } : { categories, items, total };
}
