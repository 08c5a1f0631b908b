import { cellAddress } from '../grid/a1';
import type { Grid } from '../grid/grid';
import { type CalendarDay, isValidDay } from './calendarDay';
import { normalizeDeadlineText } from './_lib/normalizeDeadlineText';

/** The date line of a notice and where it stands. */
export interface DocumentDate {
  readonly day: CalendarDay;
  /** The line it was read from, as written: `2020年5月27日`, `资阳市民政局办公室 2021年4月29日印发`. */
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

// A cell that ends with a full date, perhaps after the issuing office and before 印发:
// `2020年5月27日`, `2012年3月20日印`, `资阳市民政局办公室 2021年4月29日印发`.
const DATE_LINE = /^([^,，。;；:：]{0,30}?)(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发|印)?$/;

/**
 * The notice's own date (成文日期): the last cell on the sheet that is a date
 * line (or holds one on a line of its own), as at the foot of a notice. Cells that `skip` names
 * (inside recognised tables, where a date is a deadline or a record) are left out. `undefined` when there is none.
 *
 * @example findDocumentDate(notice) // { day: 2020-05-27, sheet: '通知', cell: 'A51' }
 */
export function findDocumentDate(grid: Grid, skip: (row: number, col: number) => boolean = () => false): DocumentDate | undefined {
  let found: DocumentDate | undefined;
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value !== 'string' || skip(r, c)) return;
    // A whole notice pasted into one cell keeps its date on a line of its own.
    // Every date line holds 日 (`2020年5月27日`, `二〇二〇年五月二十七日`): most cells are passed over before normalising.
    if (!value.includes('日')) return;
    for (const line of value.split(/\r?\n/)) {
      const m = DATE_LINE.exec(normalizeDeadlineText(line));
      if (!m) continue;
      const [year, month, day] = [Number(m[2]), Number(m[3]), Number(m[4])];
      if (isValidDay(year, month, day)) found = { day: { year, month, day }, text: line.trim(), sheet: grid.name, cell: cellAddress(r, c) };
    }
  }));
  return found;
}
