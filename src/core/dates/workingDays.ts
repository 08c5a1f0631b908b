import { addDays, type CalendarDay, toIsoDate, weekdayOf } from './calendarDay';
import { HOLIDAY_YEARS, holidayOn, makeUpWorkdayFor } from './_lib/holidayData';

/**
 * Working days in mainland China: statutory holidays (法定节假日) are rest days,
 * and weekend days worked to make up for them (调休上班) are working days, per
 * the State Council's yearly notice as the `chinese-days` package records it
 * (read from its JSON data: see `_lib/holidayData.ts` for why).
 * For a year outside the package's data, days fall back to Monday–Friday and
 * results list the year so a check can say so (DATE_YEAR_UNSUPPORTED).
 */

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** What one day is. */
export interface DayStatus {
  readonly workday: boolean;
  /** The holiday a rest day belongs to, or the one a make-up workday serves (`国庆节`). */
  readonly holiday?: string;
  /** A weekend day worked instead of a holiday (调休上班), e.g. Sunday 2020-09-27. */
  readonly makeUpWorkday: boolean;
  /** For messages: the holiday, else the weekday (`星期六`). */
  readonly name: string;
  /** False when the year is outside the holiday data and only weekends were considered. */
  readonly yearSupported: boolean;
}

/** True when the installed `chinese-days` data covers the year (2004–2026 in version 1.5.7). */
export function isHolidayYearSupported(year: number): boolean {
  return HOLIDAY_YEARS.has(year);
}

/** Whether a day is worked, and why. @example dayStatus({ year: 2020, month: 10, day: 1 }).name // '国庆节' */
export function dayStatus(day: CalendarDay): DayStatus {
  const weekday = weekdayOf(day);
  const weekend = weekday === 0 || weekday === 6;
  if (!isHolidayYearSupported(day.year)) {
    return { workday: !weekend, makeUpWorkday: false, name: WEEKDAY_NAMES[weekday], yearSupported: false };
  }
  const iso = toIsoDate(day);
  const makeUpFor = makeUpWorkdayFor(iso);
  if (makeUpFor !== undefined) {
    return { workday: true, holiday: makeUpFor, makeUpWorkday: true, name: `${WEEKDAY_NAMES[weekday]}（${makeUpFor}调休上班）`, yearSupported: true };
  }
  const holiday = holidayOn(iso);
  if (holiday !== undefined) return { workday: false, holiday, makeUpWorkday: false, name: holiday, yearSupported: true };
  return { workday: !weekend, makeUpWorkday: false, name: WEEKDAY_NAMES[weekday], yearSupported: true };
}

/** True on weekends and statutory holidays, false on 调休 make-up workdays. */
export function isRestDay(day: CalendarDay): boolean {
  return !dayStatus(day).workday;
}

/** A day found by counting working days, and the years whose holidays were not known. */
export interface WorkdayResult {
  readonly day: CalendarDay;
  readonly unsupportedYears: readonly number[];
}

function walk(start: CalendarDay, step: 1 | -1, count: number, includeStart: boolean): WorkdayResult {
  const unsupported = new Set<number>();
  let day = start;
  let left = count;
  const visit = (d: CalendarDay): boolean => {
    const status = dayStatus(d);
    if (!status.yearSupported) unsupported.add(d.year);
    return status.workday;
  };
  if (includeStart && visit(day)) left -= 1;
  while (left > 0) {
    day = addDays(day, step);
    if (visit(day)) left -= 1;
  }
  return { day, unsupportedYears: [...unsupported].sort((a, b) => a - b) };
}

const MAX_WORKING_DAYS = 3660;

/**
 * The `n`-th working day after `start` (before it when `n` is negative); the
 * start itself is not counted. `5个工作日内` from Friday 2020-09-25 ends on
 * 2020-10-09: Sunday Sep 27 (调休上班) counts, the 国庆节/中秋节 break
 * (Oct 1–8) is skipped. `n = 0` gives `start` when
 * it is a working day, else the next one.
 */
export function addWorkingDays(start: CalendarDay, n: number): WorkdayResult {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
    throw new RangeError(`working-day count must be an integer within ±${MAX_WORKING_DAYS}, got ${n}`);
  }
  if (n === 0) return walk(start, 1, 1, true);
  return walk(start, n > 0 ? 1 : -1, Math.abs(n), false);
}

/** The latest working day on or before `day`: where a deadline on a holiday could move. */
export function workdayOnOrBefore(day: CalendarDay): WorkdayResult {
  return walk(day, -1, 1, true);
}
