import type { CalendarDay } from '../calendarDay';
import { civilFromDayNumber, dayNumberOf } from './dayNumber';

/** Serial 1 is 1900-01-01; serial 60 is Lotus 1-2-3's 1900-02-29, which never was. */
const FAKE_LEAP_DAY = 60;
/** Excel's last day, 9999-12-31. */
const MAX_SERIAL = 2958465;
const EPOCH = dayNumberOf(1899, 12, 31);

/**
 * An Excel serial number (1900 date system) as a day; the time of day is
 * dropped. `undefined` outside Excel's range; `'1900-02-29'` for serial 60,
 * Excel's phantom leap day kept for Lotus compatibility.
 */
export function dayOfExcelSerial(serial: number): CalendarDay | '1900-02-29' | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return undefined;
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return '1900-02-29';
  return civilFromDayNumber(EPOCH + whole - (whole > FAKE_LEAP_DAY ? 1 : 0));
}

/** The serial number of a day (1900 date system), the inverse of `dayOfExcelSerial`. */
export function excelSerialOfDay(day: CalendarDay): number {
  const n = dayNumberOf(day.year, day.month, day.day) - EPOCH;
  return n >= FAKE_LEAP_DAY ? n + 1 : n;
}

/**
 * True when a number format shows a date: it has a year or day token (`y`, `d`)
 * or a month `m` with no hour or second next to it, once `General`, quoted
 * literals (`"年"`), escapes, `[$-804]` locale tags and colours are removed.
 * `yyyy"年"m"月"d"日"` and `m/d/yy` are dates; `h:mm`, `0.00`, `@` are not.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = format
    .replace(/general/gi, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed time ([h]:mm) is a duration, not a date
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/[yd]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}
