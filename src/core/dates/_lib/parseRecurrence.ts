import { daysInMonth } from '../calendarDay';
import type { Deadline, RecurrenceDeadline, RecurrenceUnit } from '../deadline';
import {
  BY_SUFFIXES, DAY_MARKS, PERIOD_END_WORDS, RECURRENCE_WORDS, SINCE_SUFFIXES, WEEKDAY_MARKS, WEEKDAY_NAMES,
} from '../deadlineVocabulary';
import { alternation } from './alternation';
import { parseSpan } from './parseSpan';
import { spanBounds, type YearContext } from './resolveSpan';

type Timing = Pick<RecurrenceDeadline, 'month' | 'day' | 'weekday' | 'nth' | 'last'>;

const RECURRENCE_RE = new RegExp(`^(${alternation(RECURRENCE_WORDS.map((r) => r.word))})(.*)$`);
const SUFFIX_RE = new RegExp(`(${alternation(BY_SUFFIXES.map((s) => s.word))})$`);
const DAY_MARK = `(?:${alternation(DAY_MARKS)})`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAY_NAMES))})`;
const DAY_RE = new RegExp(`^(\\d{1,2})${DAY_MARK}$`);
const MONTH_DAY_RE = new RegExp(`^(\\d{1,2})月(?:(\\d{1,2})${DAY_MARK})?$`);
const WEEKDAY_RE = new RegExp(`^(?:${alternation(WEEKDAY_MARKS)})?(${WEEKDAY})$`);
// `第1个星期6`, `第2周周3` is not this: only "the N-th <weekday>" reads.
const NTH_WEEKDAY_RE = new RegExp(`^第([1-5])个?(?:${alternation(WEEKDAY_MARKS)})(${WEEKDAY})$`);
// `3月起每周6`, `2021年每月5日前`: a span, maybe with 起, bounding the repetition.
const BOUNDED_RE = new RegExp(`^(.+?)(?:${alternation(SINCE_SUFFIXES)})?(每.+)$`);
const SINCE_END_RE = new RegExp(`(?:${alternation(SINCE_SUFFIXES)})$`);

/** When in each period the duty falls: `5日`, `5` (a weekday), `末`, `第1个星期6`, `9月`; undefined when not modelled. */
function timingOf(every: RecurrenceUnit, core: string): Timing | undefined {
  if (PERIOD_END_WORDS.includes(core) && every !== 'day' && every !== 'week') return { last: true };
  if (every === 'week') {
    const weekday = WEEKDAY_RE.exec(core);
    return weekday ? { weekday: WEEKDAY_NAMES[weekday[1]] } : undefined;
  }
  const nth = NTH_WEEKDAY_RE.exec(core);
  if (nth && every !== 'day') return { nth: Number(nth[1]), weekday: WEEKDAY_NAMES[nth[2]] };
  const day = DAY_RE.exec(core);
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31 && every !== 'day') return { day: Number(day[1]) };
  const md = MONTH_DAY_RE.exec(core);
  const month = md ? Number(md[1]) : 0;
  if (md && every === 'year' && month >= 1 && month <= 12 && (md[2] === undefined || (Number(md[2]) >= 1 && Number(md[2]) <= daysInMonth(month)))) {
    return { month, ...(md[2] === undefined ? {} : { day: Number(md[2]) }) };
  }
  return undefined;
}

/** A recurrence written from its own first word: `每月5日前`, `季度收集`, `每个月的第1个星期6`. */
function unbounded(text: string, phrase: string): RecurrenceDeadline | undefined {
  const m = RECURRENCE_RE.exec(phrase);
  if (!m) return undefined;
  const meta = { text, yearInferred: false, yearSource: 'none' as const };
  const every = RECURRENCE_WORDS.find((r) => r.word === m[1])!.every;
  const rest = m[2].replace(/\d+次$/, '').replace(/^的/, '');
  if (rest === '') return { ...meta, kind: 'recurrence', every, mode: 'any' };
  const suffix = SUFFIX_RE.exec(rest);
  const core = suffix ? rest.slice(0, -suffix[1].length) : rest;
  const timing = timingOf(every, core);
  return timing
    ? { ...meta, kind: 'recurrence', every, ...timing, mode: suffix ? 'by' : 'on' }
    : { ...meta, kind: 'recurrence', every, mode: 'any', detail: rest };
}

/**
 * `每月5日前` (day 5, by), `每年9月前` (month 9, by: before September), `每周五`
 * (weekday 5), `每月末` / `每季度末` (the period's last day), `每个月的第一个星期六`
 * (the first Saturday), `每半月`, `季度收集`, `每周`; an unmodelled rest is kept
 * as `detail`. A span in front bounds it: `2021年每月5日前` runs through 2021,
 * `3月起每周六` from March 1 on.
 */
export function parseRecurrence(text: string, phrase: string, context: YearContext): Deadline | undefined {
  const plain = unbounded(text, phrase);
  if (plain) return plain;
  const bounded = BOUNDED_RE.exec(phrase);
  const repeated = bounded && unbounded(text, bounded[2]);
  const head = bounded?.[1];
  const span = head === undefined ? undefined : parseSpan(head);
  const bounds = span && spanBounds(span, context);
  if (!repeated || !bounds) return undefined;
  const since = SINCE_END_RE.test(phrase.slice(0, phrase.length - bounded[2].length));
  const yearOf = bounds.start.year ?? bounds.end.year;
  return {
    ...repeated,
    ...(yearOf === undefined ? {} : { year: yearOf }),
    yearInferred: bounds.yearSource === 'context' || bounds.yearSource === 'reference',
    yearSource: bounds.yearSource,
    start: bounds.start,
    ...(since ? {} : { end: bounds.end }),
  };
}
