import { countIf, type Formula } from '../../formula/formula';
import { cellRef } from '../../formula/references';
import { cellAddress } from '../../grid/a1';
import { SHEET_STYLE, type SheetPlan } from './sheetPlan';

/**
 * Under the rows: one line per level, its name taken from the settings cell
 * (so renaming a level there renames it here) and `COUNTIF` of the level column.
 * Returns the count cells (A1) by label, and the next free row.
 */
export function writeLevelCounts(
  plan: SheetPlan, top: number, left: number,
  levels: readonly { readonly label: string; readonly ref: Formula }[], levelRange: Formula,
): { readonly cells: { label: string; cell: string }[]; readonly nextRow: number } {
  plan.set(top, left, '等级');
  plan.set(top, left + 1, '个数');
  plan.format({ top, left, bottom: top, right: left + 1 }, SHEET_STYLE.header);
  const cells = levels.map((level, i) => {
    const row = top + 1 + i;
    plan.formula(row, left, level.ref);
    plan.formula(row, left + 1, countIf(levelRange, cellRef(row, left)));
    return { label: level.label, cell: cellAddress(row, left + 1) };
  });
  if (levels.length > 0) plan.format({ top: top + 1, left, bottom: top + levels.length, right: left + 1 }, SHEET_STYLE.computed);
  return { cells, nextRow: top + levels.length + 2 };
}
