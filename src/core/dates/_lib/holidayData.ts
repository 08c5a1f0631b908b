import data from 'chinese-days/dist/chinese-days.json';

/**
 * The State Council holiday arrangements as `chinese-days` publishes them in
 * its JSON file (keys `yyyy-mm-dd`, values `National Day,国庆节,3`).
 *
 * Why the JSON and not the package's `isWorkday`/`getDayDetail`: those build
 * their tables and read dates with local-time `Date` getters, so west of
 * Greenwich every holiday slides one day (in America/Los_Angeles
 * `isWorkday(new Date(2020, 9, 1))` is true on National Day). The JSON is
 * plain data and cannot move.
 */
interface HolidayTables {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

const tables = data as unknown as HolidayTables;

/** `National Day,国庆节,3` → `国庆节`. */
function chineseName(record: string | undefined): string | undefined {
  return record?.split(',')[1];
}

/** The statutory holiday on an ISO day, if it is one (`2020-10-01` → `国庆节`). */
export function holidayOn(iso: string): string | undefined {
  return chineseName(tables.holidays[iso]);
}

/** The holiday a weekend make-up workday serves (`2020-09-27` → `国庆节`). */
export function makeUpWorkdayFor(iso: string): string | undefined {
  return chineseName(tables.workdays[iso]);
}

/** Years with holiday data: 2004 to the latest notice the installed package knows. */
export const HOLIDAY_YEARS: ReadonlySet<number> = new Set(Object.keys(tables.holidays).map((iso) => Number(iso.slice(0, 4))));
