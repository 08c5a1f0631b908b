import type { CellRange } from '../grid/grid';
import type { ColumnRole, RecognizedKind } from './table-kind';

/** One column of a recognised table and the role its header gave it. */
export interface ColumnBinding {
  readonly role: ColumnRole;
  /** 0-based column index in the sheet. */
  readonly col: number;
  /** The header text as written (parent and child joined by `/` for two-row headers). */
  readonly header: string;
  /** True when the role was guessed (a word inside a longer header, a one-character slip): reported, never silent. */
  readonly guessed?: boolean;
  /** True when the user set this role (a stored correction). */
  readonly corrected?: boolean;
}

/**
 * A table found on a sheet. Row and column numbers are 0-based; the CLI
 * turns them into A1 addresses and 1-based row numbers.
 */
export interface RecognizedTable {
  readonly sheet: string;
  readonly kind: RecognizedKind;
  /** `附件1`, normalised, when a label stands above the table. */
  readonly annexLabel?: string;
  /** The annex number from the label (`附件1` → 1). */
  readonly annexNumber?: number;
  readonly title?: string;
  /** Row of the title cell, when there is one. */
  readonly titleRow?: number;
  /** The count the title declares (`（淇滨区46个）` → 46). */
  readonly declaredCount?: number;
  /** The header row(s), top first; empty for a headerless table (a roster written as `组长：姚霞`). */
  readonly headerRows: readonly number[];
  /** From the first header row (or first data row) to the last data row, across the table's columns. */
  readonly range: CellRange;
  readonly columns: readonly ColumnBinding[];
  /** Rows holding data, in order; repeated header rows, blank rows and note rows are not among them. */
  readonly dataRows: readonly number[];
  /** Copies of the header found inside the table (pasted from multi-page Word/PDF). */
  readonly repeatedHeaderRows: readonly number[];
  /** Note rows (`注：…`) that belong to the table. */
  readonly noteRows: readonly number[];
  /** How sure the kind is, 0–1 (header words bound, required roles present, no close second kind). */
  readonly confidence?: number;
  /** The kind that read the header almost as well, when one did. */
  readonly runnerUp?: RecognizedKind;
  /** True when the user set the kind, header or columns (a stored correction). */
  readonly corrected?: boolean;
  /** For a corrected table: the corner (`A3`) of the table as recognised, under which the correction is kept. */
  readonly anchor?: string;
}

/** The first column bound to a role, if any. */
export function columnOf(table: RecognizedTable, role: ColumnRole): number | undefined {
  return table.columns.find((c) => c.role === role)?.col;
}

/** Every column bound to a role (a grid table has two 联系领导 columns: 市级 and 区级). */
export function columnsOf(table: RecognizedTable, role: ColumnRole): number[] {
  return table.columns.filter((c) => c.role === role).map((c) => c.col);
}
