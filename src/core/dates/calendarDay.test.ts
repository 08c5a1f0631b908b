import fc from 'fast-check';
import {
  addDays, calendarDay, compareDays, daysBetween, daysInMonth, fromIsoDate, isLeapYear, isValidDay, lastDayOfMonth, toIsoDate, weekdayOf,
} from './calendarDay';

describe('calendarDay', () => {
  it.each([
    [2020, true], [2000, true], [2024, true], [2021, false], [1900, false], [2100, false],
  ])('isLeapYear(%i) is %p', (year, leap) => expect(isLeapYear(year)).toBe(leap));

  it.each([
    [2, 2020, 29], [2, 2021, 28], [2, undefined, 29], [6, 2020, 30], [7, 2020, 31], [12, undefined, 31],
  ])('daysInMonth(%i, %p) is %i', (month, year, days) => expect(daysInMonth(month, year)).toBe(days));

  it('throws on a month that is not one (a caller bug)', () => {
    expect(() => daysInMonth(13)).toThrow('month must be 1–12, got 13');
    expect(() => calendarDay(2021, 2, 29)).toThrow('not a calendar day: 2021-2-29');
    expect(() => fromIsoDate('2020/6/30')).toThrow('not an ISO date (yyyy-mm-dd): 2020/6/30');
  });

  it.each([
    [2020, 2, 29, true], [2021, 2, 29, false], [2020, 6, 31, false], [2020, 0, 1, false], [2020, 1, 0, false], [2020, 1.5, 1, false],
  ])('isValidDay(%i, %p, %p) is %p', (y, m, d, ok) => expect(isValidDay(y, m, d)).toBe(ok));

  it('adds days across months, years and leap days', () => {
    expect(addDays({ year: 2020, month: 2, day: 28 }, 1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addDays({ year: 2021, month: 2, day: 28 }, 1)).toEqual({ year: 2021, month: 3, day: 1 });
    expect(addDays({ year: 2020, month: 12, day: 31 }, 1)).toEqual({ year: 2021, month: 1, day: 1 });
    expect(addDays({ year: 2020, month: 3, day: 1 }, -1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(daysBetween({ year: 2020, month: 6, day: 5 }, { year: 2020, month: 6, day: 6 })).toBe(1);
    expect(daysBetween({ year: 2020, month: 1, day: 1 }, { year: 2021, month: 1, day: 1 })).toBe(366);
  });

  it('knows the weekday (2020-10-01 was a Thursday, 2020-08-30 a Sunday)', () => {
    expect(weekdayOf({ year: 2020, month: 10, day: 1 })).toBe(4);
    expect(weekdayOf({ year: 2020, month: 8, day: 30 })).toBe(0);
    expect(weekdayOf({ year: 1970, month: 1, day: 1 })).toBe(4);
  });

  it('orders days and finds month ends', () => {
    expect(compareDays({ year: 2020, month: 6, day: 5 }, { year: 2020, month: 6, day: 6 })).toBeLessThan(0);
    expect(compareDays({ year: 2021, month: 1, day: 1 }, { year: 2020, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(lastDayOfMonth(2020, 2)).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('round-trips ISO dates and agrees with Date.UTC on day arithmetic', () => {
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (offset, step) => {
      const ms = Date.UTC(2000, 0, 1) + offset * 86_400_000;
      const js = new Date(ms);
      const day = { year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() };
      expect(fromIsoDate(toIsoDate(day))).toEqual(day);
      const later = new Date(ms + step * 86_400_000);
      expect(addDays(day, step)).toEqual({ year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate() });
      expect(weekdayOf(day)).toBe(js.getUTCDay());
    }), { numRuns: 10_000 });
  });
});
