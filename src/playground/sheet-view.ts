import type { CellRange } from '../core/grid/grid';

/** What the playground's grid draws of one sheet: plain data, built by the playground host. */
export interface SheetView {
  readonly name: string;
  /** Rows and columns drawn (from A1), after the display limits. */
  readonly rows: number;
  readonly cols: number;
  /** True when the sheet is larger than what is drawn. */
  readonly clipped: boolean;
  /** `cells[row][col]`; null for an empty, unformatted cell. */
  readonly cells: readonly (readonly (CellView | null)[])[];
  readonly merges: readonly CellRange[];
  /** Column widths in pixels. */
  readonly widths: readonly number[];
}

export interface CellView {
  readonly text: string;
  /** `#RRGGBB` from the workbook (the marks' fills among them). */
  readonly fill?: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly note?: string;
  /** The formula (without `=`) when the cell holds one: the grid cannot compute it, so it says so. */
  readonly formula?: string;
}

/** Display limits: enough for every seed; a bigger sheet says it is clipped. */
export const VIEW_LIMITS = { rows: 400, cols: 30 } as const;
