import { type IsoDate, toIsoDate } from './calendarDay';
import type { Deadline, DeadlineDate, RecurrenceDeadline } from './deadline';

/** What `wenming deadline --json` says a phrase is (DOMAIN §7). */
export type DescribedKind = 'day' | 'by' | 'interval' | 'recurring' | 'relative' | 'ongoing' | 'milestone' | 'unparsed';

/** How often a recurring duty comes back; `day` (每天) goes beyond the six of DOMAIN §7. */
export type Cadence = 'day' | 'week' | 'half-month' | 'month' | 'quarter' | 'half-year' | 'year';

/** Why a phrase has no dates: a day that does not exist (`6月31日`), or no year to place it in. */
export type DescribedReason = 'nonexistent-day' | 'no-year';

/**
 * The public reading of a deadline phrase, in the JSON shape of DOMAIN §7.
 * Dates are `YYYY-MM-DD` or null; a `by` deadline has `start` null.
 */
export interface DeadlineDescription {
  readonly text: string;
  readonly kind: DescribedKind;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly cadence?: Cadence;
  /** In the period: day of month, weekday 1–7 for `week`, `last`, or `6#1` (the first Saturday). */
  readonly day?: number | 'last' | `${number}#${number}`;
  /** For a yearly duty: the month (`每年9月前` → 9). */
  readonly month?: number;
  readonly amount?: number;
  readonly unit?: 'day' | 'workday' | 'month';
  /** True for a range whose start is after its end (`9月30日至6月6日`). */
  readonly reversed?: true;
  readonly reason?: DescribedReason;
}

const iso = (d: DeadlineDate | undefined): IsoDate | null =>
  d?.year === undefined ? null : toIsoDate({ year: d.year, month: d.month, day: d.day });

/** A yearless date (no `--year`, none written) cannot be written as YYYY-MM-DD. */
const yearless = (...dates: (DeadlineDate | undefined)[]): { reason?: DescribedReason } =>
  dates.some((d) => d !== undefined && d.year === undefined) ? { reason: 'no-year' } : {};

/** `每月5日` → 5, `每周五` → 5, `每月末` → `last`, `每个月的第一个星期六` → `6#1`. */
function recurrenceDay(r: RecurrenceDeadline): DeadlineDescription['day'] {
  if (r.last) return 'last';
  if (r.weekday !== undefined) return r.nth === undefined ? r.weekday : `${r.weekday}#${r.nth}`;
  return r.day;
}

/**
 * Maps a parsed deadline to its public description (DOMAIN §7).
 *
 * @example describeDeadline(parseDeadline('10月至12月上旬', { year: 2024 }))
 * // { text: '10月至12月上旬', kind: 'interval', start: '2024-10-01', end: '2024-12-10' }
 * @example describeDeadline(parseDeadline('6月31日'))
 * // { text: '6月31日', kind: 'unparsed', start: null, end: null, reason: 'nonexistent-day' }
 */
export function describeDeadline(deadline: Deadline): DeadlineDescription {
  const text = deadline.text;
  switch (deadline.kind) {
    case 'day':
      return deadline.mode === 'by'
        ? { text, kind: 'by', start: null, end: iso(deadline.date), ...yearless(deadline.date) }
        : { text, kind: 'day', start: iso(deadline.date), end: iso(deadline.date), ...yearless(deadline.date) };
    case 'interval':
      return {
        text, kind: 'interval', start: iso(deadline.start), end: iso(deadline.end),
        ...(deadline.reversed ? { reversed: true as const } : {}), ...yearless(deadline.start, deadline.end),
      };
    case 'ongoing':
      // `2017年度` names a stretch of time; `全年` is work all year round.
      return { text, kind: deadline.named ? 'interval' : 'ongoing', start: iso(deadline.start), end: iso(deadline.end), ...yearless(deadline.start, deadline.end) };
    case 'milestone':
      return { text, kind: 'milestone', start: null, end: null };
    case 'recurrence': {
      const day = recurrenceDay(deadline);
      return {
        text, kind: 'recurring', start: iso(deadline.start), end: iso(deadline.end), cadence: deadline.every,
        ...(day === undefined ? {} : { day }),
        ...(deadline.month === undefined ? {} : { month: deadline.month }),
        ...yearless(deadline.start, deadline.end),
      };
    }
    case 'relative':
      // DOMAIN §7 counts in days, working days or months: a week is seven days (`一周内`).
      return deadline.unit === 'week'
        ? { text, kind: 'relative', start: null, end: null, amount: deadline.amount * 7, unit: 'day' }
        : { text, kind: 'relative', start: null, end: null, amount: deadline.amount, unit: deadline.unit };
    case 'nonexistent':
      return { text, kind: 'unparsed', start: null, end: null, reason: 'nonexistent-day' };
    case 'unparsed':
      return { text, kind: 'unparsed', start: null, end: null };
  }
}
