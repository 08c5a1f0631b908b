import { addWorkingDays, dayStatus, isHolidayYearSupported, isRestDay, workdayOnOrBefore } from './workingDays';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year, month, day: d };
};
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('dayStatus / isRestDay', () => {
  it.each([
    ['2020-10-01', true, '国庆节'],
    ['2020-10-08', true, '国庆节'],
    ['2020-01-01', true, '元旦'],
    ['2020-08-30', true, '星期日'],
    ['2020-08-29', true, '星期六'],
    ['2020-06-30', false, '星期二'],
    ['2020-09-27', false, '星期日（国庆节调休上班）'],
    ['2020-10-10', false, '星期六（国庆节调休上班）'],
    ['2012-10-01', true, '国庆节'],
    ['2012-09-29', false, '星期六（国庆节调休上班）'],
  ])('%s rest=%p (%s)', (d, rest, name) => {
    expect(isRestDay(day(d))).toBe(rest);
    expect(dayStatus(day(d)).name).toBe(name);
  });

  it('marks make-up workdays and the holiday they serve', () => {
    expect(dayStatus(day('2020-09-27'))).toEqual({ workday: true, holiday: '国庆节', makeUpWorkday: true, name: '星期日（国庆节调休上班）', yearSupported: true });
    expect(dayStatus(day('2020-10-01'))).toEqual({ workday: false, holiday: '国庆节', makeUpWorkday: false, name: '国庆节', yearSupported: true });
  });

  it('falls back to Monday–Friday outside the holiday data, and says so', () => {
    expect(isHolidayYearSupported(2004)).toBe(true);
    expect(isHolidayYearSupported(2020)).toBe(true);
    expect(isHolidayYearSupported(2003)).toBe(false);
    expect(isHolidayYearSupported(2100)).toBe(false);
    expect(dayStatus(day('2100-10-01'))).toEqual({ workday: true, makeUpWorkday: false, name: '星期五', yearSupported: false });
    expect(dayStatus(day('1999-10-02'))).toMatchObject({ workday: false, name: '星期六', yearSupported: false });
  });
});

describe('addWorkingDays', () => {
  it.each([
    // 5个工作日内 from Friday 2020-09-25: Sun 9/27 is a make-up workday, Oct 1–8 are skipped.
    ['2020-09-25', 5, '2020-10-09'],
    ['2020-09-25', 1, '2020-09-27'],
    ['2020-09-30', 1, '2020-10-09'],
    ['2020-10-09', 1, '2020-10-10'],
    ['2020-06-26', 1, '2020-06-28'],
    ['2020-06-29', 5, '2020-07-06'],
    ['2020-10-09', -1, '2020-09-30'],
    ['2020-10-05', 0, '2020-10-09'],
    ['2020-06-30', 0, '2020-06-30'],
    ['2020-12-31', 2, '2021-01-05'],
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(addWorkingDays(day(start), n)).toEqual({ day: day(expected), unsupportedYears: [] });
  });

  it('lists the years counted without holiday data', () => {
    const result = addWorkingDays(day('2026-12-30'), 5);
    expect(iso(result.day)).toBe('2027-01-06');
    expect(result.unsupportedYears).toEqual([2027]);
  });

  it('throws on a count that is not a whole number (a caller bug)', () => {
    expect(() => addWorkingDays(day('2020-06-30'), 1.5)).toThrow('working-day count must be an integer within ±3660, got 1.5');
  });
});

describe('workdayOnOrBefore', () => {
  it.each([
    ['2020-10-01', '2020-09-30'],
    ['2020-08-30', '2020-08-28'],
    ['2020-09-27', '2020-09-27'],
    ['2020-06-30', '2020-06-30'],
    ['2020-01-26', '2020-01-23'],
  ])('%s → %s', (d, expected) => expect(iso(workdayOnOrBefore(day(d)).day)).toBe(expected));
});
