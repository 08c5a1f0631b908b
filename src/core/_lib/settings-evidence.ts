import { DEADLINE_ROLES } from '../dates/checkDates';
import { toIsoDate, type CalendarDay } from '../dates/calendarDay';
import { deadlineBounds } from '../dates/deadlineBounds';
import { findNoticeDeadlines } from '../dates/findNoticeDeadlines';
import { findPhases } from '../dates/findPhases';
import { parseDeadline } from '../dates/parseDeadline';
import { normalizeDeadlineText } from '../dates/_lib/normalizeDeadlineText';
import { cellAddress } from '../grid/a1';
import { isBlankValue } from '../grid/cell-text';
import { cellAt, formatAt, type CellValue, type WorkbookGrids } from '../grid/grid';
import { columnsOf, type RecognizedTable } from '../recognize/recognized-table';
import type { CampaignPeriod, SettingEvidence } from '../settings';

const TITLE_YEAR = /((?:19|20)\d{2})年/;

/** Deadlines alone never outweigh a title: each year they name counts at most this many times. */
const MOST_DEADLINES_PER_YEAR = 2;

/** The year a table's title names (`晋城市城市管理局 2024 年度联点共建活动安排表`), at its title cell. */
export function titleYear(workbook: WorkbookGrids, table: RecognizedTable): SettingEvidence<number> | undefined {
  if (!table.title) return undefined;
  const m = TITLE_YEAR.exec(normalizeDeadlineText(table.title));
  if (!m) return undefined;
  const grid = workbook.sheets.find((g) => g.name === table.sheet);
  const row = table.titleRow ?? table.range.top;
  const col = Math.max(0, grid?.values[row]?.findIndex((v) => typeof v === 'string' && v.trim() !== '') ?? 0);
  return { value: Number(m[1]), from: 'title', sheet: table.sheet, cell: cellAddress(row, col), text: table.title };
}

/** The year a deadline writes itself, when it sits in one year (`2020年6月30日前`, a date cell), and its text. */
function writtenYear(value: CellValue, numberFormat?: string): { year: number; text: string } | undefined {
  const deadline = parseDeadline(value, { numberFormat });
  if (deadline.yearSource !== 'text' || (deadline.kind !== 'day' && deadline.kind !== 'interval')) return undefined;
  const { start, end } = deadlineBounds(deadline);
  if (!end || (start && start.year !== end.year)) return undefined;
  return { year: end.year, text: deadline.text };
}

/**
 * The years the workbook's deadlines write (the deadline columns of its tables and the labelled
 * deadlines of its notices: `完成时限：2020年6月30日前`), one piece of evidence per year at its
 * first cell, weighing as many deadlines as name it, up to two.
 */
export function datedDeadlineYears(workbook: WorkbookGrids, tables: readonly RecognizedTable[]): SettingEvidence<number>[] {
  const byYear = new Map<number, { evidence: SettingEvidence<number>; count: number }>();
  const note = (written: { year: number; text: string } | undefined, sheet: string, cell: string): void => {
    if (written === undefined) return;
    const entry = byYear.get(written.year);
    if (entry) entry.count += 1;
    else byYear.set(written.year, { evidence: { value: written.year, from: 'deadlines', sheet, cell, text: written.text }, count: 1 });
  };
  for (const grid of workbook.sheets) {
    const own = tables.filter((t) => t.sheet === grid.name);
    const covered = new Set<string>();
    for (const table of own) {
      for (const col of DEADLINE_ROLES.flatMap((role) => columnsOf(table, role))) {
        for (const row of table.dataRows) {
          covered.add(`${row}:${col}`);
          const value = cellAt(grid, row, col);
          if (isBlankValue(value)) continue;
          note(writtenYear(value, formatAt(grid, row, col)), grid.name, cellAddress(row, col));
        }
      }
    }
    for (const d of findNoticeDeadlines(grid, (row, col) => covered.has(`${row}:${col}`))) note(writtenYear(d.text), d.sheet, d.cell);
  }
  // Each year weighs as many deadlines as name it (capped), so repeat the evidence.
  return [...byYear.values()].flatMap(({ evidence, count }) => Array.from({ length: Math.min(count, MOST_DEADLINES_PER_YEAR) }, () => evidence));
}

/**
 * The span of a notice's 实施步骤 placed in `year`: from the first phase's start to the last
 * phase's end (`（一）…（5月1日至6月5日）` … `（四）…（12月中下旬）`). Only when the first phase
 * has a start (`6月5日前` leaves it open) and every phase ends on the calendar.
 */
export function phaseSpan(workbook: WorkbookGrids, year: number): SettingEvidence<CampaignPeriod> | undefined {
  for (const grid of workbook.sheets) {
    const phases = findPhases(grid);
    if (phases.length < 2) continue;
    const bounds = phases.map((p) => deadlineBounds(parseDeadline(p.text, { year })));
    const start = bounds[0].start;
    if (!start || bounds.some((b) => !b.end)) continue;
    const end = bounds.map((b) => b.end as CalendarDay).reduce((a, b) => (toIsoDate(a) >= toIsoDate(b) ? a : b));
    const [first, last] = [phases[0], phases[phases.length - 1]];
    return {
      value: { start: toIsoDate(start), end: toIsoDate(end) },
      from: 'phases', sheet: grid.name, cell: first.cell ?? 'A1',
      text: `${first.name}（${first.text}）…${last.name}（${last.text}）`,
    };
  }
  return undefined;
}
