import type { Deadline, DeadlineDate } from '../deadline';

const d = (x: DeadlineDate | undefined): string =>
  x === undefined ? '?' : `${x.year === undefined ? '????' : String(x.year).padStart(4, '0')}-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`;

/** A deadline in one line, for table-driven tests: `day by 2020-06-05`, `interval 2020-10-01..2020-12-10`. */
export function summarizeDeadline(x: Deadline): string {
  switch (x.kind) {
    case 'day': return `day ${x.mode} ${d(x.date)}${x.periodEnd ? ` (${x.periodEnd} end)` : ''}`;
    case 'interval': return `interval ${d(x.start)}..${d(x.end)}${x.reversed ? ' reversed' : ''}${x.months ? ` months ${x.months.join(',')}` : ''}`;
    case 'ongoing': return `ongoing ${x.scope}${x.start || x.end ? ` ${x.start ? d(x.start) : ''}..${x.end ? d(x.end) : ''}` : ''}`;
    case 'milestone': return 'milestone';
    case 'recurrence': return `recurrence ${x.every} ${x.mode}${x.month ? ` month ${x.month}` : ''}${x.day ? ` day ${x.day}` : ''}` +
      `${x.nth ? ` nth ${x.nth}` : ''}${x.weekday ? ` weekday ${x.weekday}` : ''}${x.last ? ' last' : ''}` +
      `${x.start || x.end ? ` ${x.start ? d(x.start) : ''}..${x.end ? d(x.end) : ''}` : ''}${x.detail ? ` detail ${x.detail}` : ''}`;
    case 'relative': return `relative ${x.least !== undefined ? `${x.least}-` : ''}${x.amount} ${x.unit}${x.after ? ` after ${x.after}` : ''}`;
    case 'nonexistent': return `nonexistent ${x.month}/${x.day} (${x.daysInMonth} days)`;
    case 'unparsed': return 'unparsed';
  }
}
