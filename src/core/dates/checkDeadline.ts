import { type Finding, makeFinding } from '../findings/finding';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { type CalendarDay, compareDays, daysBetween, fromIsoDate, toIsoDate } from './calendarDay';
import type { Deadline } from './deadline';
import { deadlineBounds } from './deadlineBounds';
import { dayStatus, workdayOnOrBefore } from './workingDays';
import { dayLabel, spanLabel } from './_lib/dayLabels';

/** The cell a deadline was read from. */
export interface DeadlineLocation {
  readonly sheet: string;
  readonly cell: string;
}

/** What to leave out for a kind of cell. */
export interface DeadlineCheckOptions {
  /**
   * False for times that are not due dates, such as a monthly schedule's
   * `1 月`: a month that has passed is not overdue work. Default true.
   */
  readonly status?: boolean;
}

const before = (a: CalendarDay, b: CalendarDay): boolean => compareDays(a, b) < 0;

/** DATE_ON_HOLIDAY for a day the text names itself; `10月底前` names a month's end, not a day to move. */
function holidayFindings(deadline: Deadline, day: CalendarDay, at: DeadlineLocation): Finding[] {
  if (deadline.kind !== 'day' || deadline.periodEnd) return [];
  const status = dayStatus(day);
  const findings: Finding[] = [];
  if (!status.yearSupported) findings.push(makeFinding('DATE_YEAR_UNSUPPORTED', at.sheet, at.cell, { year: day.year }));
  if (!status.workday) {
    const earlier = workdayOnOrBefore(day).day;
    findings.push(makeFinding('DATE_ON_HOLIDAY', at.sheet, at.cell, {
      text: deadline.text, date: dayLabel(day), holiday: status.name,
      workday: `${dayLabel(earlier)}（${dayStatus(earlier).name.replace(/（.*$/, '')}）`, iso: toIsoDate(day), workdayIso: toIsoDate(earlier),
    }));
  }
  return findings;
}

/**
 * Every date finding one deadline deserves (DOMAIN §3 checks):
 * DATE_UNPARSED, DATE_NONEXISTENT, DATE_RANGE_REVERSED; then, once it sits on
 * the calendar, DATE_OUTSIDE_PERIOD (settings.period), DATE_BEFORE_ISSUE
 * (settings.issued: the deadline ends before the notice was issued),
 * DATE_ON_HOLIDAY (with the nearest earlier workday), DATE_OVERDUE and
 * DATE_DUE_SOON (settings.today, settings.dueSoonDays). Only days and
 * intervals are held against the period and the notice date: `全年` and
 * `长期` describe the whole campaign, not a deadline inside it.
 */
export function checkDeadline(deadline: Deadline, at: DeadlineLocation, settings: Settings, options: DeadlineCheckOptions = {}): Finding[] {
  const { sheet, cell } = at;
  const text = deadline.text;
  switch (deadline.kind) {
    case 'unparsed': return text.trim() === '' ? [] : [makeFinding('DATE_UNPARSED', sheet, cell, { text })];
    case 'nonexistent': return [makeFinding('DATE_NONEXISTENT', sheet, cell, { text, month: deadline.month, day: deadline.day, days: deadline.daysInMonth })];
    case 'interval':
      if (deadline.reversed) return [makeFinding('DATE_RANGE_REVERSED', sheet, cell, { text })];
      break;
    case 'day': break;
    default: return [];
  }
  const { start, end } = deadlineBounds(deadline);
  if (!end) return [];
  const date = spanLabel(start, end);
  const findings: Finding[] = [];
  if (settings.period) {
    const ps = fromIsoDate(settings.period.start);
    const pe = fromIsoDate(settings.period.end);
    if (before(end, ps) || before(pe, end) || (start && (before(start, ps) || before(pe, start)))) {
      findings.push(makeFinding('DATE_OUTSIDE_PERIOD', sheet, cell, { text, date, period: spanLabel(ps, pe) }));
    }
  }
  if (settings.issued && before(end, fromIsoDate(settings.issued))) {
    findings.push(makeFinding('DATE_BEFORE_ISSUE', sheet, cell, { text, date, issued: dayLabel(fromIsoDate(settings.issued)) }));
  }
  findings.push(...holidayFindings(deadline, end, at));
  if (settings.today && options.status !== false) {
    const today = fromIsoDate(settings.today);
    const left = daysBetween(today, end);
    const soon = settings.dueSoonDays ?? DEFAULT_SETTINGS.dueSoonDays ?? 7;
    if (left < 0) findings.push(makeFinding('DATE_OVERDUE', sheet, cell, { text, date: dayLabel(end), today: dayLabel(today) }));
    else if (left <= soon) findings.push(makeFinding('DATE_DUE_SOON', sheet, cell, { text, date: dayLabel(end), days: left }));
  }
  return findings;
}
