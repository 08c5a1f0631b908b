import { cellAddress } from '../grid/a1';
import { type Finding, makeFinding } from '../findings/finding';
import type { Settings } from '../settings';
import { fromIsoDate } from './calendarDay';
import type { Deadline } from './deadline';

/** One row of a monthly schedule: where its 时间 cell is and what it says. */
export interface ScheduleEntry {
  readonly row: number;
  readonly col: number;
  readonly deadline: Deadline;
}

/** The months a schedule row covers: `1 月` → [1], `7、8月份` → [7, 8], a date cell → its month. */
export function monthsOfDeadline(deadline: Deadline): readonly number[] {
  if (deadline.kind === 'interval' && !deadline.reversed) return deadline.months ?? [];
  if (deadline.kind === 'day' && deadline.mode === 'on') return [deadline.date.month];
  return [];
}

/**
 * The months a schedule should cover: those of the campaign period when it is
 * set (2020-05-01/2020-12-31 → 5…12; a period over a new year wraps), else all twelve.
 */
export function expectedScheduleMonths(settings: Settings): number[] {
  if (!settings.period) return Array.from({ length: 12 }, (_, i) => i + 1);
  const start = fromIsoDate(settings.period.start);
  const end = fromIsoDate(settings.period.end);
  const count = Math.min(12, (end.year - start.year) * 12 + end.month - start.month + 1);
  return Array.from({ length: Math.max(count, 0) }, (_, i) => ((start.month - 1 + i) % 12) + 1);
}

/**
 * SCHEDULE_MONTH_MISSING (once, at the 时间 header or first row) and
 * SCHEDULE_MONTH_DUPLICATE (at each repeat) for a monthly schedule
 * (联点共建活动安排表). Rows whose time cannot be read are left to DATE_UNPARSED;
 * a schedule with no readable month at all gets no month findings.
 */
export function checkScheduleMonths(sheet: string, anchor: { row: number; col: number }, entries: readonly ScheduleEntry[], settings: Settings): Finding[] {
  const seen = new Map<number, ScheduleEntry[]>();
  for (const entry of entries) {
    for (const month of monthsOfDeadline(entry.deadline)) seen.set(month, [...(seen.get(month) ?? []), entry]);
  }
  if (seen.size === 0) return [];
  const findings: Finding[] = [];
  const missing = expectedScheduleMonths(settings).filter((m) => !seen.has(m));
  if (missing.length > 0) {
    findings.push(makeFinding('SCHEDULE_MONTH_MISSING', sheet, cellAddress(anchor.row, anchor.col), {
      months: missing.map((m) => `${m}月`).join('、'), count: missing.length,
    }));
  }
  for (const [month, rows] of [...seen].sort((a, b) => a[0] - b[0])) {
    if (rows.length < 2) continue;
    const cells = rows.map((e) => cellAddress(e.row, e.col));
    findings.push(makeFinding('SCHEDULE_MONTH_DUPLICATE', sheet, cells[1], { month: `${month}月`, count: rows.length, cells: cells.join('、') }));
  }
  return findings;
}
