import { civilFromDayNumber, dayNumberOf } from './_lib/dayNumber';

/**
 * A day of the civil calendar, with no time and no time zone: the unit every
 * deadline is made of. `{ year: 2020, month: 6, day: 30 }` is `2020年6月30日`.
 */
export interface CalendarDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** `2020-06-30`: how settings and JSON carry days. */
export type IsoDate = string;

/** Gregorian leap years: 2020 and 2000 are, 2021 and 1900 are not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month; without a year February counts 29 (it may be a leap year). */
export function daysInMonth(month: number, year?: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1–12, got ${month}`);
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1];
}

/** True when (year, month, day) names a real day: `2020-02-29` yes, `2021-02-29` and `6月31日` no. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** Builds a day, throwing on an impossible one (a caller bug: bad data goes through `parseDeadline`). */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  if (!isValidDay(year, month, day)) throw new RangeError(`not a calendar day: ${year}-${month}-${day}`);
  return { year, month, day };
}

/** `{2020, 6, 30}` → `2020-06-30`. */
export function toIsoDate(day: CalendarDay): IsoDate {
  const y = String(day.year).padStart(4, '0');
  return `${y}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** `2020-06-30` → `{2020, 6, 30}`; throws on anything else (settings are validated at the edge). */
export function fromIsoDate(iso: IsoDate): CalendarDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date (yyyy-mm-dd): ${iso}`);
  return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Negative when a is earlier, 0 on the same day, positive when later. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day `n` calendar days after (or before, when negative) `day`. */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  return civilFromDayNumber(dayNumberOf(day.year, day.month, day.day) + n);
}

/** Calendar days from `a` to `b` (`b − a`): 2020-06-05 → 2020-06-06 is 1. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return dayNumberOf(b.year, b.month, b.day) - dayNumberOf(a.year, a.month, a.day);
}

/** 0 = Sunday … 6 = Saturday (Excel's WEEKDAY(…,1) minus 1). */
export function weekdayOf(day: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumberOf(day.year, day.month, day.day) + 4) % 7) + 7) % 7;
}

/** The last day of a month: `lastDayOfMonth(2020, 2)` → 2020-02-29. */
export function lastDayOfMonth(year: number, month: number): CalendarDay {
  return { year, month, day: daysInMonth(month, year) };
}
