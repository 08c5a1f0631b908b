import type { CellInput } from '../../edit-plan/edit-plan';
import { SHEET_STYLE, type SheetPlan } from './sheetPlan';

export interface SettingsTableSpec {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  /** Per column: whether the user may edit it (unlocked, highlighted) or it is a label or a formula. */
  readonly editable: readonly boolean[];
}

export interface WrittenTable {
  /** 0-based row of the first data row. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The row after the table and one blank row. */
  readonly nextRow: number;
}

/**
 * Writes one titled settings table (等级设置, 选项分值, 加分设置…) at (top, left):
 * a title row, a header row, then the data rows. Editable cells are unlocked and
 * tinted so users see where thresholds, amounts and options are changed.
 */
export function writeSettingsTable(plan: SheetPlan, top: number, left: number, spec: SettingsTableSpec): WrittenTable {
  plan.set(top, left, spec.title);
  plan.format({ top, left, bottom: top, right: left }, { font: { bold: true } });
  spec.headers.forEach((h, i) => plan.set(top + 1, left + i, h));
  plan.format({ top: top + 1, left, bottom: top + 1, right: left + spec.headers.length - 1 }, SHEET_STYLE.header);
  const firstRow = top + 2;
  spec.rows.forEach((row, r) => row.forEach((value, c) => plan.set(firstRow + r, left + c, value)));
  const lastRow = firstRow + spec.rows.length - 1;
  if (spec.rows.length > 0) {
    spec.editable.forEach((editable, c) =>
      plan.format({ top: firstRow, left: left + c, bottom: lastRow, right: left + c }, editable ? SHEET_STYLE.setting : SHEET_STYLE.settingLabel),
    );
  }
  return { firstRow, lastRow, nextRow: lastRow + 2 };
}
