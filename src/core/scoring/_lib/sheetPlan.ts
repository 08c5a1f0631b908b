import type { CellRange } from '../../grid/grid';
import { cellAddress, rangeAddress } from '../../grid/a1';
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
 * an edit plan: the sheet (replaced, so re-running never duplicates it), its
 * values and formulas as a few blocks (one per run of rows that span the same
 * columns, so 100,000 rows of two names are not padded with the settings'
 * columns) with the fills down after the blocks they read, then formats, merges,
 * validations, conditional formats, widths, panes and protection. Rows and
 * columns are 0-based.
 */
export class SheetPlan {
  private readonly cells = new Map<number, Map<number, CellInput>>();
  private readonly fills: { readonly source: CellRange; readonly lastRow: number }[] = [];
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

  /**
   * Fills row `row`, columns `left`…`right`, down through `lastRow`: each row below
   * gets that row's cells, formulas moved to it (see the `fillDown` op). For rows
   * whose formulas are the first row's moved down, the plan then carries one row
   * of formulas, not one per row. The filled cells must not be set otherwise.
   */
  fillDown(row: number, left: number, right: number, lastRow: number): void {
    if (lastRow > row) this.fills.push({ source: { top: row, left, bottom: row, right }, lastRow });
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

  /** Row height in points (`row` 0-based). */
  height(row: number, points: number): void {
    this.ops.push({ op: 'rowHeight', sheet: this.sheet, row: row + 1, height: points });
  }

  toPlan(summary: string, options: { readonly freeze?: { rows: number; columns: number }; readonly protect?: boolean | { readonly password?: string } } = {}): EditPlan {
    for (const fill of this.fills) {
      for (let row = fill.source.top + 1; row <= fill.lastRow; row += 1) {
        for (const col of this.cells.get(row)?.keys() ?? []) {
          if (col >= fill.source.left && col <= fill.source.right) throw new Error(`SheetPlan: ${cellAddress(row, col)} is set and filled down into`);
        }
      }
    }
    // Blocks down to the fills' source rows, and any across the filled cells, go first; the others
    // (100,000 rows of names beside the formulas) touch other cells and go after the fills, so a host
    // that cuts a big plan into batches sends the sheet, its first row of formulas and the fill together.
    const filled = this.fills.map(({ source, lastRow }) => ({ ...source, bottom: lastRow }));
    const blocks = this.blocks();
    const first = blocks.filter((b) => filled.some((f) => b.range.top <= f.top || overlaps(b.range, f)));
    const ops: EditOp[] = [
      { op: 'addSheet', sheet: this.sheet, replace: true, activate: true },
      ...first.map((b) => b.op),
      ...this.fills.map(({ source, lastRow }): EditOp => ({ op: 'fillDown', sheet: this.sheet, source: rangeAddress(source), through: lastRow + 1 })),
      ...blocks.filter((b) => !first.includes(b)).map((b) => b.op),
      ...this.ops,
      ...(options.freeze ? [{ op: 'freeze', sheet: this.sheet, ...options.freeze } as const] : []),
      // Printed on A4 landscape, one page wide, the header rows repeated on every page.
      ...(options.freeze ? [{ op: 'pageSetup', sheet: this.sheet, setup: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: `1:${options.freeze.rows}`, margins: { top: 15, bottom: 15, left: 10, right: 10 } } } as const] : []),
      ...(options.protect ? [{ op: 'protect', sheet: this.sheet, ...(typeof options.protect === 'object' && options.protect.password ? { password: options.protect.password } : {}) } as const] : []),
    ];
    return { summary, ops };
  }

  /** The cells as `setValues` blocks: one per run of consecutive rows whose cells span the same columns. */
  private blocks(): { op: EditOp; range: CellRange }[] {
    const spans = [...this.cells.entries()]
      .filter(([, row]) => row.size > 0)
      .map(([row, cols]) => ({ row, left: Math.min(...cols.keys()), right: Math.max(...cols.keys()) }))
      .sort((a, b) => a.row - b.row);
    const blocks: { op: EditOp; range: CellRange }[] = [];
    for (let i = 0; i < spans.length;) {
      const { row: top, left, right } = spans[i];
      let j = i + 1;
      while (j < spans.length && spans[j].row === spans[j - 1].row + 1 && spans[j].left === left && spans[j].right === right) j += 1;
      const values = spans.slice(i, j).map(({ row }) => Array.from({ length: right - left + 1 }, (_, c) => this.cells.get(row)?.get(left + c) ?? null));
      blocks.push({ op: { op: 'setValues', sheet: this.sheet, at: cellAddress(top, left), values }, range: { top, left, bottom: top + values.length - 1, right } });
      i = j;
    }
    return blocks;
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
