/**
 * The edit plan: everything a command wants changed in a workbook, as data.
 * The core builds plans; the hosts (ExcelJS, Office.js) apply them and hold
 * no business rules. Addresses are A1 strings within the named sheet.
 */

/** What one cell receives: a value, a formula (written without the leading `=`), or a hyperlinked text. */
export type CellInput =
  | string
  | number
  | boolean
  | Date
  | null
  | { readonly formula: string }
  | { readonly text: string; readonly hyperlink: string };

export interface FontStyle {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** `#RRGGBB` */
  readonly color?: string;
}

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'justify';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';
export type BorderStyle = 'thin' | 'medium' | 'none';

export interface CellFormat {
  readonly font?: FontStyle;
  /** Solid fill colour, `#RRGGBB`; `null` removes the fill. */
  readonly fill?: string | null;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrap?: boolean;
  /** `'@'` text, `'0.0'`, `'0%'`, `'yyyy-mm-dd'`… */
  readonly numberFormat?: string;
  /** Border on every edge of every cell in the range. */
  readonly border?: BorderStyle;
  /** Whether the cell stays locked when the sheet is protected. */
  readonly locked?: boolean;
}

export type ValidationRule =
  | { readonly type: 'decimal'; readonly min: number | { readonly formula: string }; readonly max: number | { readonly formula: string }; readonly prompt?: string; readonly error?: string }
  | { readonly type: 'whole'; readonly min: number; readonly max: number; readonly prompt?: string; readonly error?: string }
  /** `source` is a range formula (`=$H$3:$H$6`) or an explicit list of labels. */
  | { readonly type: 'list'; readonly source: { readonly formula: string } | readonly string[]; readonly prompt?: string; readonly error?: string };

export type ConditionalFormatRule =
  | { readonly type: 'expression'; readonly formula: string; readonly format: CellFormat }
  | { readonly type: 'cellIs'; readonly operator: 'greaterThan' | 'lessThan' | 'between' | 'equal'; readonly formulas: readonly string[]; readonly format: CellFormat };

export interface PageSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  readonly margins?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly header?: number; readonly footer?: number };
  /** Rows repeated at the top of every printed page, `'4:4'` or `'4:5'`. */
  readonly printTitleRows?: string;
  /** Footer text in Excel's header/footer code, e.g. `&C— &P —`. */
  readonly footer?: string;
  readonly fitToWidth?: boolean;
  readonly horizontalCentered?: boolean;
  /** Manual page breaks: a new page starts after each of these 1-based rows. */
  readonly rowBreaks?: readonly number[];
}

export type EditOp =
  /** Creates the sheet; with `replace`, an existing sheet of that name is deleted first (re-runs never duplicate). */
  | { readonly op: 'addSheet'; readonly sheet: string; readonly replace?: boolean; readonly activate?: boolean }
  | { readonly op: 'deleteSheet'; readonly sheet: string }
  /** Writes a block of cells starting at `at`. */
  | { readonly op: 'setValues'; readonly sheet: string; readonly at: string; readonly values: readonly (readonly CellInput[])[] }
  | { readonly op: 'format'; readonly sheet: string; readonly range: string; readonly format: CellFormat }
  | { readonly op: 'merge'; readonly sheet: string; readonly range: string }
  | { readonly op: 'columnWidth'; readonly sheet: string; readonly column: string; readonly width: number }
  /**
   * Fills the one-row block `source` down through row `through` (1-based, inclusive), as
   * Excel's fill (Ctrl+D) does: every row below gets the source row's values and
   * formulas, each formula moved to its row (`shiftFormulaRows`): relative rows follow
   * (`U4` → `U5`), `$`-anchored ones stay (`$U$4:$U$49`); columns never move. Blank
   * source cells blank the cells below. Formats, validations and notes are not copied.
   * A score sheet of 100,000 rows writes one row of formulas and this op, not 100,000 rows.
   * @example { op: 'fillDown', sheet: '评分表', source: 'T4:W4', through: 49 } // T5:W49 get row 4's formulas, moved
   */
  | { readonly op: 'fillDown'; readonly sheet: string; readonly source: string; readonly through: number }
  /** Rows `row` through `toRow` (1-based, inclusive; `toRow` defaults to `row`) get `height` points. */
  | { readonly op: 'rowHeight'; readonly sheet: string; readonly row: number; readonly toRow?: number; readonly height: number }
  | { readonly op: 'validation'; readonly sheet: string; readonly range: string; readonly rule: ValidationRule }
  | { readonly op: 'conditionalFormat'; readonly sheet: string; readonly range: string; readonly rule: ConditionalFormatRule }
  /** A cell note; `text: null` removes one. Hosts without notes fall back to comments. */
  | { readonly op: 'note'; readonly sheet: string; readonly cell: string; readonly text: string | null }
  | { readonly op: 'pageSetup'; readonly sheet: string; readonly setup: PageSetup }
  | { readonly op: 'freeze'; readonly sheet: string; readonly rows: number; readonly columns: number }
  /** Protects the sheet; unlocked cells stay editable. */
  | { readonly op: 'protect'; readonly sheet: string; readonly password?: string };

/** An ordered list of edits, with a human summary for the pane and the CLI. */
export interface EditPlan {
  readonly summary: string;
  readonly ops: readonly EditOp[];
}

export function emptyPlan(summary = ''): EditPlan {
  return { summary, ops: [] };
}

/** Joins plans in order. */
export function concatPlans(summary: string, ...plans: readonly EditPlan[]): EditPlan {
  return { summary, ops: plans.flatMap((p) => p.ops) };
}

/** The sheets a plan writes to, in first-touch order. */
export function touchedSheets(plan: EditPlan): string[] {
  const seen = new Set<string>();
  for (const op of plan.ops) seen.add(op.sheet);
  return [...seen];
}
