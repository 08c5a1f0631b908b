import type { CalendarDay } from '../calendarDay';
import { formatDay } from '../formatDay';

/** `2020年6月30日`, as findings quote days. */
export function dayLabel(day: CalendarDay): string {
  return formatDay(day, 'zh');
}

/** `2020年10月1日至12月10日` (the end's year only when it differs). */
export function spanLabel(start: CalendarDay | undefined, end: CalendarDay | undefined): string {
  if (!start && !end) return '';
  if (!start) return `${dayLabel(end!)}前`;
  if (!end) return `${dayLabel(start)}起`;
  if (start.year === end.year && start.month === end.month && start.day === end.day) return dayLabel(start);
  return `${dayLabel(start)}至${start.year === end.year ? formatDay(end, 'zh-short') : dayLabel(end)}`;
}
