import type { WorkbookRule } from '../check/check-context';
import { isBlankValue } from '../grid/cell-text';
import { cellAddress } from '../grid/a1';
import { cellAt, formatAt, type CellValue } from '../grid/grid';
import type { Finding } from '../findings/finding';
import { columnsOf } from '../recognize/recognized-table';
import type { ColumnRole } from '../recognize/table-kind';
import { checkDeadline } from './checkDeadline';
import { checkScheduleMonths, type ScheduleEntry } from './checkScheduleMonths';
import { inferYear } from './inferYear';
import { parseDeadline } from './parseDeadline';

/** Columns whose cells are deadlines or times: 完成时限, 计划开展时间, a schedule's 时间. */
export const DEADLINE_ROLES: readonly ColumnRole[] = ['deadline', 'plannedTime', 'month'];

/** A schedule's 时间 cell may hold a bare month number (`3`), typed without 月. */
function monthCell(role: ColumnRole, value: CellValue, format: string | undefined): CellValue {
  const plain = format === undefined || /^(general|0|@)$/i.test(format);
  return role === 'month' && typeof value === 'number' && plain && Number.isInteger(value) && value >= 1 && value <= 12 ? `${value}月` : value;
}

/** Keeps the first DATE_YEAR_UNSUPPORTED per year: one warning says it. */
function onePerYear(findings: readonly Finding[]): Finding[] {
  const years = new Set<string>();
  return findings.filter((f) => {
    if (f.code !== 'DATE_YEAR_UNSUPPORTED') return true;
    const year = String(f.params?.year);
    if (years.has(year)) return false;
    years.add(year);
    return true;
  });
}

/**
 * The date rule: reads every deadline-bearing cell of every recognised table
 * (`deadline`, `plannedTime`, `month` columns, data rows only), with the year
 * from `inferYear` (settings, the table title, the notice's date), and reports
 * what `checkDeadline` finds; monthly schedules also get their months counted.
 * A schedule's 时间 (`month`) is when an activity happens, not a due date, so
 * it gets no DATE_OVERDUE / DATE_DUE_SOON.
 */
export const checkDates: WorkbookRule = ({ workbook, tables, settings }) => {
  const findings: Finding[] = [];
  for (const table of tables) {
    const grid = workbook.sheets.find((s) => s.name === table.sheet);
    if (!grid) continue;
    if (!DEADLINE_ROLES.some((role) => columnsOf(table, role).length > 0)) continue;
    const others = workbook.sheets.filter((s) => s !== grid);
    const { year } = inferYear({ settings, title: table.title, grids: [grid, ...others] });
    const schedule: ScheduleEntry[] = [];
    for (const role of DEADLINE_ROLES) {
      for (const col of columnsOf(table, role)) {
        for (const row of table.dataRows) {
          const raw = cellAt(grid, row, col);
          if (isBlankValue(raw)) continue;
          const numberFormat = formatAt(grid, row, col);
          const deadline = parseDeadline(monthCell(role, raw, numberFormat), { year, numberFormat });
          findings.push(...checkDeadline(deadline, { sheet: grid.name, cell: cellAddress(row, col) }, settings, { status: role !== 'month' }));
          if (role === 'month') schedule.push({ row, col, deadline });
        }
      }
    }
    if (table.kind === 'monthly-schedule' && schedule.length > 0) {
      const anchor = { row: table.headerRows[0] ?? table.dataRows[0], col: schedule[0].col };
      findings.push(...checkScheduleMonths(grid.name, anchor, schedule, settings));
    }
  }
  return onePerYear(findings);
};
