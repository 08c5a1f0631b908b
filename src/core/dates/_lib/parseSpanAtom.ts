import {
  DAY_MARKS, type DayOfMonth, MONTH_LIST_SEPARATORS, MONTH_PARTS, QUARTER_MONTHS, YEAR_PARTS, YEAR_WORDS,
} from '../deadlineVocabulary';
import { alternation } from './alternation';
import { daysInMonth } from '../calendarDay';

/** A day as the text gives it, before the year is settled. */
export interface DatePoint {
  /** A year written in the text (`2020年`). */
  readonly year?: number;
  /** A year written relative to the campaign year (`次年` → 1). */
  readonly yearOffset: number;
  /** True when the text gave this point a year (`2020年`, `次年`, `今年`); the other end of a range may borrow it. */
  readonly yearWritten: boolean;
  readonly month: number;
  readonly day: DayOfMonth;
}

/** What the text named: a day, a part of a month (旬), whole months, or a year. */
export type SpanGrain = 'day' | 'part' | 'month' | 'year';

/** A stretch of days read from text; a single day has `start` = `end`. */
export interface Span {
  readonly start: DatePoint;
  readonly end: DatePoint;
  readonly grain: SpanGrain;
  readonly periodEnd?: 'month' | 'year';
  /** Whole months named, in order (`7、8月份` → [7, 8]). */
  readonly months?: readonly number[];
  /** True for two ends joined by 至, 到, —, ~ or -. */
  readonly range?: boolean;
}

const DAY_MARK = `(?:${alternation(DAY_MARKS)})`;
const MONTH_PART_RE = new RegExp(`^(\\d{1,2})月份?(${alternation(MONTH_PARTS.map((p) => p.word))})$`);
const MONTH_DAY_RE = new RegExp(`^(\\d{1,2})月(\\d{1,2})${DAY_MARK}?$`);
const NUMERIC_DAY_RE = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/;
// `2005.5`, `2006/9`: a month of a year, as tables of work plans write them (`2005.5—2006.6`).
const NUMERIC_MONTH_RE = /^(\d{4})[./](\d{1,2})$/;
// `2023720日`, `2025年731日`: a page that lost its 年/月 marks; read only when one split gives a real day.
const COMPACT_DAY_RE = new RegExp(`^(\\d{4})年?(\\d{3,4})${DAY_MARK}$`);
const DAY_LIST_ITEM_RE = new RegExp(`^(?:(\\d{1,2})月)?(\\d{1,2})${DAY_MARK}$`);
const YEAR_PREFIX_RE = new RegExp(`^(?:(\\d{4})|(${alternation(Object.keys(YEAR_WORDS))}))年`);
const LIST_SEPARATOR_RE = new RegExp(alternation(MONTH_LIST_SEPARATORS));

export interface YearPrefix { readonly year?: number; readonly yearOffset: number; readonly written: boolean; readonly rest: string }

/** A leading `2020年` or `次年`, and the text after it. */
export function readYearPrefix(text: string): YearPrefix {
  const m = YEAR_PREFIX_RE.exec(text);
  if (!m) return { yearOffset: 0, written: false, rest: text };
  const rest = text.slice(m[0].length);
  return m[1] !== undefined
    ? { year: Number(m[1]), yearOffset: 0, written: true, rest }
    : { yearOffset: YEAR_WORDS[m[2]], written: true, rest };
}

/** 1–12: `13月` is no month at all (unparsed), unlike `6月31日` (a day that does not exist). */
export const validMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

/** A point in the year the prefix gave (written, or relative to the campaign year). */
export function point(prefix: Pick<YearPrefix, 'year' | 'yearOffset' | 'written'>, month: number, day: DayOfMonth): DatePoint {
  return prefix.year === undefined
    ? { yearOffset: prefix.yearOffset, yearWritten: prefix.written, month, day }
    : { year: prefix.year, yearOffset: 0, yearWritten: true, month, day };
}

const written = (year: number): YearPrefix => ({ year, yearOffset: 0, written: true, rest: '' });

/** `720` → 7月20日, `1018` → 10月18日; undefined when no split or two splits (`112`) give a real day. */
function compactMonthDay(digits: string): { month: number; day: number } | undefined {
  const splits = [1, 2]
    .filter((n) => n < digits.length && digits.length - n <= 2)
    .map((n) => ({ month: Number(digits.slice(0, n)), day: Number(digits.slice(n)) }))
    .filter(({ month, day }) => validMonth(month) && day >= 1 && day <= daysInMonth(month));
  return splits.length === 1 ? splits[0] : undefined;
}

/**
 * `3月1日及3月2日`, `3月1日、2日`: days joined by a list mark. Only consecutive days
 * read (as the interval they cover): `3月1日、15日` is two days, not a fortnight.
 */
function dayList(prefix: YearPrefix): Span | undefined {
  const items = prefix.rest.split(LIST_SEPARATOR_RE);
  if (items.length < 2) return undefined;
  const days: { month: number; day: number }[] = [];
  for (const item of items) {
    const m = DAY_LIST_ITEM_RE.exec(item);
    const month = m?.[1] !== undefined ? Number(m[1]) : days[days.length - 1]?.month;
    if (!m || month === undefined || !validMonth(month)) return undefined;
    const day = Number(m[2]);
    const previous = days[days.length - 1];
    const next = previous && (previous.day < daysInMonth(previous.month) ? { month: previous.month, day: previous.day + 1 } : { month: previous.month + 1, day: 1 });
    if (next && (next.month !== month || next.day !== day)) return undefined;
    days.push({ month, day });
  }
  const first = days[0];
  const last = days[days.length - 1];
  return { start: point(prefix, first.month, first.day), end: point(prefix, last.month, last.day), grain: 'day', range: true };
}

/** Whole months `first`…`last` (`7、8月份`), first day to last. */
export function monthSpan(prefix: YearPrefix, first: number, last: number, months?: readonly number[]): Span {
  return { start: point(prefix, first, 1), end: point(prefix, last, 'end'), grain: 'month', ...(months ? { months } : {}) };
}

/** `7、8月份`, `7月、8月`: months joined by a list mark, ending in 月 or 月份. */
function monthList(prefix: YearPrefix): Span | undefined {
  const body = prefix.rest.replace(/月份?$/, '');
  if (body === prefix.rest) return undefined;
  const items = body.split(LIST_SEPARATOR_RE);
  if (items.length < 2 || !items.every((i) => /^\d{1,2}月?$/.test(i))) return undefined;
  const months = items.map((i) => Number(i.replace('月', '')));
  if (!months.every(validMonth)) return undefined;
  return monthSpan(prefix, months[0], months[months.length - 1], months);
}

/** Parts of a year: `年底`, `2020年上半年`, `第3季度`, `2024年` / `2024年度` (the whole year), `年`. */
function yearLevel(prefix: YearPrefix): Span | undefined {
  let rest = prefix.rest;
  const afterYear = !prefix.written && rest.startsWith('年');
  if (afterYear) rest = rest.slice(1);
  const quarter = /^第?([1-4])季度?$/.exec(rest);
  if (quarter && !afterYear) {
    const [first, last] = QUARTER_MONTHS[Number(quarter[1])];
    return { ...monthSpan(prefix, first, last), months: [first, first + 1, first + 2] };
  }
  // `2024年`, `2024年度`; a bare `年` is the campaign year (`年内` arrives here as `年` + 内).
  if ((rest === '' || rest === '度') && (prefix.written || afterYear)) {
    return { start: point(prefix, 1, 1), end: point(prefix, 12, 'end'), grain: 'year' };
  }
  const part = YEAR_PARTS.find((p) => p.word === rest);
  // One-character parts (底, 末, 内, 初) need their 年: `年底`, `2020年底`, never a bare `底`.
  if (!part || (part.word.length === 1 && !prefix.written && !afterYear)) return undefined;
  return {
    start: point(prefix, part.from.month, part.from.day),
    end: point(prefix, part.to.month, part.to.day),
    grain: part.from.month === part.to.month && part.from.day === part.to.day ? 'day' : 'part',
    ...(part.periodEnd ? { periodEnd: 'year' as const } : {}),
  };
}

/**
 * One date expression with no range in it: `2020年6月30日`, `2020.6.30`,
 * `12月中下旬`, `10月底`, `1月`, `7、8月份`, `年底`, `第3季度`, `2024年`.
 * Returns undefined when the text is not one; numbers out of range (`13月`)
 * do not parse, days past the month's end do (`6月31日`) so the caller can
 * report them as nonexistent.
 */
export function parseSpanAtom(text: string): Span | undefined {
  const numeric = NUMERIC_DAY_RE.exec(text);
  if (numeric) {
    const month = Number(numeric[3]);
    if (!validMonth(month)) return undefined;
    const p = point(written(Number(numeric[1])), month, Number(numeric[4]));
    return { start: p, end: p, grain: 'day' };
  }
  const numericMonth = NUMERIC_MONTH_RE.exec(text);
  if (numericMonth) {
    const month = Number(numericMonth[2]);
    return validMonth(month) ? monthSpan(written(Number(numericMonth[1])), month, month, [month]) : undefined;
  }
  const compact = COMPACT_DAY_RE.exec(text);
  if (compact) {
    const md = compactMonthDay(compact[2]);
    if (!md) return undefined;
    const p = point(written(Number(compact[1])), md.month, md.day);
    return { start: p, end: p, grain: 'day' };
  }
  const prefix = readYearPrefix(text);
  const md = MONTH_DAY_RE.exec(prefix.rest);
  if (md) {
    if (!validMonth(Number(md[1]))) return undefined;
    const p = point(prefix, Number(md[1]), Number(md[2]));
    return { start: p, end: p, grain: 'day' };
  }
  const mp = MONTH_PART_RE.exec(prefix.rest);
  if (mp) {
    const month = Number(mp[1]);
    const part = MONTH_PARTS.find((p) => p.word === mp[2]);
    if (!validMonth(month) || !part) return undefined;
    const single = part.from === part.to;
    return {
      start: point(prefix, month, part.from), end: point(prefix, month, part.to),
      grain: single ? 'day' : 'part', ...(part.periodEnd ? { periodEnd: 'month' as const } : {}),
    };
  }
  const month = /^(\d{1,2})月份?$/.exec(prefix.rest);
  if (month) return validMonth(Number(month[1])) ? monthSpan(prefix, Number(month[1]), Number(month[1]), [Number(month[1])]) : undefined;
  return monthList(prefix) ?? dayList(prefix) ?? yearLevel(prefix);
}
