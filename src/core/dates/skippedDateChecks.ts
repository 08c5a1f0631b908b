import type { CheckContext } from '../check/check-context';
import { makeSkippedCheck, type SkippedCheck, type SkipReason, type TodaySkip } from '../findings/skipped-check';
import { isBlankValue } from '../grid/cell-text';
import { cellAt, formatAt, type CellValue } from '../grid/grid';
import { columnsOf } from '../recognize/recognized-table';
import { fromIsoDate } from './calendarDay';
import { DEADLINE_ROLES } from './checkDates';
import { findNoticeDeadlines } from './findNoticeDeadlines';
import { findPhases } from './findPhases';
import { inferYear } from './inferYear';
import { parseDeadline } from './parseDeadline';
import { dayLabel, spanLabel } from './_lib/dayLabels';

/** What the date rules would hold against the settings: deadlines that name a day or a stretch of days. */
interface DateCoverage {
  /** Days and intervals, placed on the calendar or not. */
  dated: number;
  /** Of those, due dates (a schedule's months are not: they get no overdue status). */
  due: number;
  /** Days and intervals left without a year: no year written, none given or inferred. */
  yearless: number;
  /** Phases left without a year: their gaps and overlaps cannot be measured. */
  yearlessPhases: number;
}

function count(coverage: DateCoverage, value: CellValue, year: number | undefined, due: boolean, numberFormat?: string): void {
  const deadline = parseDeadline(value, { year, numberFormat });
  if (deadline.kind !== 'day' && deadline.kind !== 'interval') return;
  coverage.dated += 1;
  if (due) coverage.due += 1;
  if (deadline.yearSource === 'none') coverage.yearless += 1;
}

/** Reads the workbook's deadlines the way `checkDates` and `checkNoticeDates` do, and counts them. */
function dateCoverage({ workbook, tables, settings }: CheckContext): DateCoverage {
  const coverage: DateCoverage = { dated: 0, due: 0, yearless: 0, yearlessPhases: 0 };
  for (const grid of workbook.sheets) {
    const others = workbook.sheets.filter((s) => s !== grid);
    const covered = new Set<string>();
    for (const table of tables.filter((t) => t.sheet === grid.name)) {
      if (!DEADLINE_ROLES.some((role) => columnsOf(table, role).length > 0)) continue;
      const { year } = inferYear({ settings, title: table.title, grids: [grid, ...others] });
      for (const role of DEADLINE_ROLES) {
        for (const col of columnsOf(table, role)) {
          for (const row of table.dataRows) {
            covered.add(`${row}:${col}`);
            const value = cellAt(grid, row, col);
            if (!isBlankValue(value)) count(coverage, value, year, role !== 'month', formatAt(grid, row, col));
          }
        }
      }
    }
    const deadlines = findNoticeDeadlines(grid, (row, col) => covered.has(`${row}:${col}`));
    const phases = findPhases(grid);
    if (deadlines.length === 0 && phases.length === 0) continue;
    const { year } = inferYear({ settings, grids: [grid, ...others] });
    for (const d of deadlines) count(coverage, d.text, year, true);
    for (const p of phases) count(coverage, p.text, year, true);
    if (year === undefined && phases.length > 1) coverage.yearlessPhases += phases.length;
  }
  return coverage;
}

/**
 * The date checks that could not run on this workbook, and why: a check is reported only when
 * the workbook has deadlines it would have looked at, and its setting is missing (neither given
 * nor inferred). `today` says why there is no "today" when there is none: the CLI without
 * `--today` (`noToday`, the default), or the pane when today's date lies outside the campaign
 * period (`todayOutsidePeriod`) or no period is known (`noPeriod`).
 *
 * @example skippedDateChecks(seed002Context) // [{ check: 'DATE_OUTSIDE_PERIOD', reason: 'noPeriod', … }, …]
 */
export function skippedDateChecks(context: CheckContext, today: TodaySkip = { reason: 'noToday' }): SkippedCheck[] {
  const { settings } = context;
  const coverage = dateCoverage(context);
  if (coverage.dated === 0) return [];
  const skipped: SkippedCheck[] = [];
  const yearless = coverage.yearless > 0 ? { count: coverage.yearless } : undefined;
  const needs = (check: 'DATE_OUTSIDE_PERIOD' | 'DATE_BEFORE_ISSUE' | 'DATE_OVERDUE' | 'DATE_DUE_SOON', present: boolean, reason: SkipReason, params?: Record<string, string | number>): void => {
    if (!present) skipped.push(makeSkippedCheck(check, reason, params));
    else if (yearless) skipped.push(makeSkippedCheck(check, 'noYear', yearless));
  };
  needs('DATE_OUTSIDE_PERIOD', settings.period !== undefined, 'noPeriod');
  needs('DATE_BEFORE_ISSUE', settings.issued !== undefined, 'noIssued');
  if (coverage.due > 0) {
    const period = settings.period ? spanLabel(fromIsoDate(settings.period.start), fromIsoDate(settings.period.end)) : '';
    const params = today.reason === 'todayOutsidePeriod' && today.today ? { today: dayLabel(fromIsoDate(today.today)), period } : undefined;
    needs('DATE_OVERDUE', settings.today !== undefined, today.reason, params);
    needs('DATE_DUE_SOON', settings.today !== undefined, today.reason, params);
  }
  if (yearless) skipped.push(makeSkippedCheck('DATE_ON_HOLIDAY', 'noYear', yearless));
  if (coverage.yearlessPhases > 0) {
    for (const check of ['PHASE_GAP', 'PHASE_OVERLAP'] as const) skipped.push(makeSkippedCheck(check, 'noYear', { count: coverage.yearlessPhases }));
  }
  return skipped;
}
