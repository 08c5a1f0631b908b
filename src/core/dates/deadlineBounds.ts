import type { CalendarDay } from './calendarDay';
import type { Deadline, DeadlineDate } from './deadline';

/** The calendar days a deadline covers; an absent end is open (`6月5日前` has no start). */
export interface DeadlineBounds {
  readonly start?: CalendarDay;
  readonly end?: CalendarDay;
}

const placed = (d: DeadlineDate | undefined): CalendarDay | undefined =>
  d?.year === undefined ? undefined : { year: d.year, month: d.month, day: d.day };

/**
 * Where a deadline sits on the calendar, when it can be placed: a `by` day
 * ends on its date and has no start; an `on` day and an interval cover their
 * days; `全年` covers its year and `2023年7月至今` starts in July 2023.
 * Empty for reversed ranges, yearless phrases, recurrences, relative and
 * milestone deadlines: they have no place of their own.
 */
export function deadlineBounds(deadline: Deadline): DeadlineBounds {
  switch (deadline.kind) {
    case 'day': {
      const day = placed(deadline.date);
      if (!day) return {};
      return deadline.mode === 'by' ? { end: day } : { start: day, end: day };
    }
    case 'interval': {
      const start = placed(deadline.start);
      const end = placed(deadline.end);
      return deadline.reversed || !start || !end ? {} : { start, end };
    }
    case 'ongoing': {
      const start = placed(deadline.start);
      const end = placed(deadline.end);
      return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
    }
    default:
      return {};
  }
}
