/**
 * The user's settings for checks (CLI flags, pane 设置 tab, kept in the workbook).
 * Dates are ISO `yyyy-mm-dd` strings so settings serialise as they are.
 */
export interface Settings {
  /** The campaign year, for phrases without one (`6月30日前`). */
  readonly year?: number;
  /** The campaign period (`2020-05-01` … `2020-12-31`). */
  readonly period?: { readonly start: string; readonly end: string };
  /** The notice's own date. */
  readonly issued?: string;
  /** Reference "today" for overdue / due-soon status. */
  readonly today?: string;
  /** The workbook's telephone area code, `0392`. */
  readonly areaCode?: string;
  /** Days before a deadline that count as "due soon". */
  readonly dueSoonDays?: number;
}

export const DEFAULT_SETTINGS: Settings = { dueSoonDays: 7 };
