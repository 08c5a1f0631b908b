import type { CellRange } from '../../grid/grid';
import { rangeAddress } from '../../grid/a1';
import type { CellFormat, CellInput, ConditionalFormatRule, EditOp, EditPlan, ValidationRule } from '../../edit-plan/edit-plan';
import { columnLetter } from '../../grid/a1';

/** Formats shared by the generated sheets. */
export const SHEET_STYLE = {
  title: { font: { bold: true, size: 14 }, horizontal: 'center', vertical: 'middle' },
  header: { font: { bold: true }, fill: '#F2F2F2', horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  input: { locked: false, border: 'thin' },
  computed: { locked: true, border: 'thin', fill: '#F7F7F7' },
  setting: { locked: false, border: 'thin', fill: '#FFF2CC' },
  settingLabel: { locked: true, border: 'thin' },
  invalid: { fill: '#FFC7CE', font: { color: '#9C0006' } },
} as const satisfies Record<string, CellFormat>;

/**
 * Collects one new sheet's cells and ops while a builder lays it out, then emits
 * an edit plan: the sheet (replaced, so re-running never duplicates it), one
 * block of values and formulas, then formats, merges, validations, conditional
 * formats, widths, panes and protection. Rows and columns are 0-based.
 */
export class SheetPlan {
  private readonly cells = new Map<number, Map<number, CellInput>>();
  private readonly ops: EditOp[] = [];

  constructor(readonly sheet: string) {
    if (sheet.trim() === '') throw new Error('SheetPlan: the sheet name must not be empty');
    // Excel's limits on sheet names: 31 characters, none of \ / ? * [ ] :, no quote at either end.
    if (sheet.length > 31 || /[\\/?*[\]:]/.test(sheet) || /^'|'$/.test(sheet)) throw new Error(`SheetPlan: Excel does not allow the sheet name "${sheet}"`);
  }

  set(row: number, col: number, value: CellInput): void {
    if (!this.cells.has(row)) this.cells.set(row, new Map());
    this.cells.get(row)!.set(col, value);
  }

  formula(row: number, col: number, formula: string): void {
    this.set(row, col, { formula });
  }

  format(range: CellRange, format: CellFormat): void {
    this.ops.push({ op: 'format', sheet: this.sheet, range: rangeAddress(range), format });
  }

  merge(range: CellRange): void {
    if (range.bottom > range.top || range.right > range.left) this.ops.push({ op: 'merge', sheet: this.sheet, range: rangeAddress(range) });
  }

  validation(range: CellRange, rule: ValidationRule): void {
    this.ops.push({ op: 'validation', sheet: this.sheet, range: rangeAddress(range), rule });
  }

  conditional(range: CellRange, rule: ConditionalFormatRule): void {
    this.ops.push({ op: 'conditionalFormat', sheet: this.sheet, range: rangeAddress(range), rule });
  }

  width(col: number, width: number): void {
    this.ops.push({ op: 'columnWidth', sheet: this.sheet, column: columnLetter(col), width });
  }

  toPlan(summary: string, options: { readonly freeze?: { rows: number; columns: number }; readonly protect?: boolean | { readonly password?: string } } = {}): EditPlan {
    const rows = [...this.cells.keys()];
    const height = rows.length === 0 ? 0 : Math.max(...rows) + 1;
    let width = 0;
    for (const row of this.cells.values()) width = Math.max(width, ...[...row.keys()].map((c) => c + 1));
    const values: CellInput[][] = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => this.cells.get(r)?.get(c) ?? null));
    const ops: EditOp[] = [
      { op: 'addSheet', sheet: this.sheet, replace: true, activate: true },
      ...(height > 0 ? [{ op: 'setValues', sheet: this.sheet, at: 'A1', values } as const] : []),
      ...this.ops,
      ...(options.freeze ? [{ op: 'freeze', sheet: this.sheet, ...options.freeze } as const] : []),
      // Printed on A4 landscape, one page wide, the header rows repeated on every page.
      ...(options.freeze ? [{ op: 'pageSetup', sheet: this.sheet, setup: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: `1:${options.freeze.rows}`, margins: { top: 15, bottom: 15, left: 10, right: 10 } } } as const] : []),
      ...(options.protect ? [{ op: 'protect', sheet: this.sheet, ...(typeof options.protect === 'object' && options.protect.password ? { password: options.protect.password } : {}) } as const] : []),
    ];
    return { summary, ops };
  }
}
