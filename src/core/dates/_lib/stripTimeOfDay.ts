import { RANGE_SEPARATORS, TIME_OF_DAY_WORDS, WEEKDAY_MARKS, WEEKDAY_NAMES } from '../deadlineVocabulary';
import { alternation } from './alternation';

const PERIOD = `(?:${alternation(TIME_OF_DAY_WORDS)})`;
// What follows an hour: `:30`, `:30:00`, `点`, `点半`, `点20`, `点20分`, `时`, `时30分`.
const CLOCK_TAIL = '(?::[0-5]\\d(?::[0-5]\\d)?|[点时](?:半|整|钟|[0-5]?\\d分?)?)';
const CLOCK_RANGE = new RegExp(
  `([,、]?${PERIOD})?(\\d+)${CLOCK_TAIL}(?:(?:${alternation(RANGE_SEPARATORS)})${PERIOD}?\\d{1,2}${CLOCK_TAIL})?`, 'g',
);
const WEEKDAY = `(?:${alternation(WEEKDAY_MARKS)})(?:${alternation(Object.keys(WEEKDAY_NAMES))})`;
const BRACKETED_NOTE = new RegExp(`\\((?:${WEEKDAY}|${PERIOD})*\\)`, 'g');
const WEEKDAY_AFTER_DAY = new RegExp(`(?<=[日号])${WEEKDAY}`, 'g');
const PERIOD_WORD = new RegExp(PERIOD, 'g');
// A date written without a day mark, whose day may run into the hour once spaces are gone: `2020-11-27 15:00`.
const OPEN_DAY_BEFORE = /[-./月]$/;

const isHour = (digits: string): boolean => digits.length <= 2 && Number(digits) <= 24;

/**
 * The day in `digits` when they are a day and an hour run together
 * (`2715` in `2020-11-2715:00` → `27`); undefined when no split or two splits fit
 * (`215` may be the 21st at 5 or the 2nd at 15: a guess could be a wrong date).
 */
function dayBeforeHour(digits: string): string | undefined {
  const days = [1, 2]
    .filter((n) => n < digits.length)
    .filter((n) => isHour(digits.slice(n)) && Number(digits.slice(0, n)) >= 1 && Number(digits.slice(0, n)) <= 31)
    .map((n) => digits.slice(0, n));
  return days.length === 1 ? days[0] : undefined;
}

/**
 * Drops what is finer than a day, from a normalised phrase: clock times and their
 * ranges (`17:00`, `8:30至10:00`, `下午3点半`, `7点20到9点20`, `14时-16时`), times of day
 * (`上午`, `全天`) and weekdays after a day or in brackets (`(星期二)`, `5日周五`).
 * A deadline is a day: `2023年10月17日17:00前` → `2023年10月17日前`.
 *
 * @example stripTimeOfDay('2014年12月5日(星期5)上午9:30') // '2014年12月5日'
 */
export function stripTimeOfDay(normalized: string): string {
  return normalized
    .replace(CLOCK_RANGE, (match: string, before: string | undefined, digits: string, offset: number, whole: string) => {
      // `2020-11-2715:00:00`: the day ran into the hour; keep the day, or all of it when the split is not sure.
      if (before === undefined && OPEN_DAY_BEFORE.test(whole.slice(0, offset))) return dayBeforeHour(digits) ?? match;
      return isHour(digits) ? '' : match;
    })
    .replace(BRACKETED_NOTE, '')
    .replace(WEEKDAY_AFTER_DAY, '')
    .replace(PERIOD_WORD, '');
}
