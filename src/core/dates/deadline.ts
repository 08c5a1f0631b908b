/**
 * What a deadline phrase means (DOMAIN §3): a closed union, one member per
 * shape of time a campaign workbook writes. `parseDeadline` makes them.
 */

/**
 * A day as a phrase names it. The year is absent when neither the text nor
 * the context gave one (`6月5日前` with no campaign year): such a day can be
 * compared within its phrase but not placed on a calendar.
 */
export interface DeadlineDate {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

/** Where the year of a result came from. */
export type YearSource = 'text' | 'context' | 'reference' | 'none';

interface DeadlineBase {
  /** The cell's text as written (a date cell gives its ISO form). */
  readonly text: string;
  /** The year the dates were placed in, when there was one. */
  readonly year?: number;
  /** True when the text had no year and the context supplied it (`6月5日前` in a 2020 notice). */
  readonly yearInferred: boolean;
  readonly yearSource: YearSource;
}

/**
 * One day. `by`: the work is due on or before it (`2020年6月30日前`, `10月底前完成`,
 * and a month's or year's end written alone: `6月底`, `2023年底`);
 * `on`: it happens that day (`2020.6.30`, a date cell). `periodEnd` marks a day
 * the text named only as the end of a month or year (`7月底完成`, `年底前完成`).
 */
export interface DayDeadline extends DeadlineBase {
  readonly kind: 'day';
  readonly date: DeadlineDate;
  readonly mode: 'by' | 'on';
  readonly periodEnd?: 'month' | 'year';
}

/**
 * A stretch of days, both ends inclusive: `6月6日至9月30日`, `10月至12月上旬`
 * (Oct 1 – Dec 10), `12月中下旬` (Dec 11–31), `7、8月份`, `1 月`.
 * `months` lists the whole months the text named (`7、8月份` → [7, 8]), for
 * monthly schedules. `reversed` is true when the start is after the end.
 */
export interface IntervalDeadline extends DeadlineBase {
  readonly kind: 'interval';
  readonly start: DeadlineDate;
  readonly end: DeadlineDate;
  readonly reversed: boolean;
  readonly months?: readonly number[];
}

/**
 * No end in sight: `全年` / `2024年全年` (scope `year`, start and end are that
 * year's first and last day when the year is known), `长期` / `常态化`
 * (`indefinite`), `2023年7月至今` / `2021年以来` / `2022年10月起` (`since`, from `start`).
 * `named` marks a year the text names as a stretch of time (`2024年`,
 * `2017年度`) rather than work all year round (`全年`): the checks treat both
 * alike, the public reading (`describeDeadline`) calls it an interval.
 */
export interface OngoingDeadline extends DeadlineBase {
  readonly kind: 'ongoing';
  readonly scope: 'year' | 'indefinite' | 'since';
  readonly start?: DeadlineDate;
  readonly end?: DeadlineDate;
  readonly named?: true;
}

/** `按时间节点`: due at milestones set elsewhere; no fixed date. */
export interface MilestoneDeadline extends DeadlineBase {
  readonly kind: 'milestone';
}

/** How often a recurring duty comes back (`每半月`: twice a month, the 1st–15th and the 16th–end). */
export type RecurrenceUnit = 'day' | 'week' | 'half-month' | 'month' | 'quarter' | 'half-year' | 'year';

/**
 * A duty that comes back: `每月5日前` (every month, by the 5th), `季度收集`,
 * `半年收集`, `每季度`, `每周五` (`weekday` 5), `每月末` / `每季度末` (`last`),
 * `每个月的第一个星期六` (`weekday` 6, `nth` 1), `每年9月前` (every year, before September).
 * `start` / `end` bound the repetition when the text does (`2021年每月5日前`,
 * `3月起每周六`). `detail` keeps a rest the grammar does not model (`每月第4周的周五`).
 */
export interface RecurrenceDeadline extends DeadlineBase {
  readonly kind: 'recurrence';
  readonly every: RecurrenceUnit;
  readonly month?: number;
  /** Day of the month (of `month` for a yearly duty). */
  readonly day?: number;
  /** 1 = Monday … 7 = Sunday: the day of a weekly duty, or with `nth` the N-th such day of the period. */
  readonly weekday?: number;
  readonly nth?: number;
  /** Due at the end of each period (`每月末`, `每季度末`, `每月底前`). */
  readonly last?: true;
  readonly start?: DeadlineDate;
  readonly end?: DeadlineDate;
  readonly mode: 'by' | 'on' | 'any';
  readonly detail?: string;
}

/** The unit a relative deadline counts in. */
export type RelativeUnit = 'workday' | 'day' | 'week' | 'month';

/**
 * Counted from an event: `5个工作日内` (working days: statutory holidays
 * skipped, 调休 make-up workdays counted), `活动结束后2天内` (calendar days,
 * `after` = `活动结束`). `以内` includes the number itself (民法典 第1259条):
 * the 5th working day is still in time.
 */
export interface RelativeDeadline extends DeadlineBase {
  readonly kind: 'relative';
  /** The upper bound: `3-5个工作日` allows 5 (`least` is 3). */
  readonly amount: number;
  readonly least?: number;
  readonly unit: RelativeUnit;
  readonly after?: string;
}

/** A day that does not exist: `6月31日`, `2021年2月29日`. */
export interface NonexistentDeadline extends DeadlineBase {
  readonly kind: 'nonexistent';
  readonly month: number;
  readonly day: number;
  /** How many days that month has (in that year, or 29 for February with no year). */
  readonly daysInMonth: number;
}

/** Text the grammar does not read; kept so a finding can quote it. */
export interface UnparsedDeadline extends DeadlineBase {
  readonly kind: 'unparsed';
}

export type Deadline =
  | DayDeadline
  | IntervalDeadline
  | OngoingDeadline
  | MilestoneDeadline
  | RecurrenceDeadline
  | RelativeDeadline
  | NonexistentDeadline
  | UnparsedDeadline;

export type DeadlineKind = Deadline['kind'];
