import { DAY_MARKS, RANGE_SEPARATORS } from '../deadlineVocabulary';
import { alternation } from './alternation';
import { type DatePoint, monthSpan, parseSpanAtom, readYearPrefix, type Span, validMonth } from './parseSpanAtom';

const BARE_NUMBER_RE = new RegExp(`^(\\d{1,2})(${alternation(DAY_MARKS)})?$`);
const NUMERIC_MONTH_DAY_RE = /^(\d{1,2})[./](\d{1,2})$/;
const BARE_YEAR_RE = /^\d{4}$/;
// Longest first: `---` before `-`, `起至` before `至`.
const SEPARATORS = [...RANGE_SEPARATORS].sort((a, b) => b.length - a.length);

/**
 * The right end of a range, which may borrow from the left what it leaves out:
 * the month (`6月6日至30日`, `6月6-9日`), the unit of a bare number (`2006.9—12`:
 * a month), or the year of a numeric date (`2020.6.1-6.30`). A year it does not
 * write is settled later, by calendar order (`resolveSpan`).
 */
function rangeEnd(text: string, left: Span): Span | undefined {
  const bare = BARE_NUMBER_RE.exec(text);
  if (bare && left.grain === 'month' && bare[2] === undefined) {
    const month = Number(bare[1]);
    if (!validMonth(month)) return undefined;
    const at = (day: DatePoint['day']): DatePoint => ({ yearOffset: 0, yearWritten: false, month, day });
    return { start: at(1), end: at('end'), grain: 'month', months: [month] };
  }
  if (bare && left.grain !== 'year') {
    const p: DatePoint = { ...left.end, day: Number(bare[1]) };
    return { start: p, end: p, grain: 'day' };
  }
  const numeric = NUMERIC_MONTH_DAY_RE.exec(text);
  if (numeric && left.grain === 'day' && left.end.yearWritten && validMonth(Number(numeric[1]))) {
    const p: DatePoint = { yearOffset: 0, yearWritten: false, month: Number(numeric[1]), day: Number(numeric[2]) };
    return { start: p, end: p, grain: 'day' };
  }
  return parseSpanAtom(text);
}

/**
 * The left end of a range; a bare number takes the right end's unit: `7-8月` (7 is a
 * month), `2019年1至5月` (so is 1), `2015—2017年度` (2015 is a year).
 */
function rangeStart(text: string, right: string): Span | undefined {
  const atom = parseSpanAtom(text);
  if (atom) return atom;
  const rightPrefix = readYearPrefix(right);
  if (BARE_YEAR_RE.test(text) && rightPrefix.year !== undefined) {
    return parseSpanAtom(`${text}年`);
  }
  const leftPrefix = readYearPrefix(text);
  const bare = /^(\d{1,2})$/.exec(leftPrefix.rest);
  if (!bare || !/^\d{1,2}月/.test(rightPrefix.rest) || !validMonth(Number(bare[1]))) return undefined;
  const month = Number(bare[1]);
  return monthSpan(leftPrefix.written ? leftPrefix : rightPrefix, month, month, [month]);
}

function joinRange(left: Span, right: Span): Span {
  const sameYear = !right.start.yearWritten ||
    (left.end.year === right.start.year && left.end.yearOffset === right.start.yearOffset);
  const wholeMonths = left.grain === 'month' && right.grain === 'month' && left.months && right.months && sameYear &&
    left.months[left.months.length - 1] < right.months[0];
  const first = left.months?.[0] ?? 0;
  const last = right.months?.[right.months.length - 1] ?? 0;
  return {
    start: left.start,
    end: right.end,
    grain: left.grain === right.grain ? left.grain : 'part',
    range: true,
    ...(right.periodEnd ? { periodEnd: right.periodEnd } : {}),
    ...(wholeMonths ? { months: Array.from({ length: last - first + 1 }, (_, i) => first + i) } : {}),
  };
}

/**
 * A date expression, single or a range: `6月6日至9月30日`, `10月至12月上旬`,
 * `4月下旬—5月上旬`, `2020-06-06~2020-09-30`, `7-8月`, `2005.5—2006.6`,
 * `2018年—2020年`, `5月初起到6月25日`.
 */
export function parseSpan(text: string): Span | undefined {
  const atom = parseSpanAtom(text);
  if (atom) return atom;
  for (const sep of SEPARATORS) {
    for (let at = text.indexOf(sep, 1); at > 0; at = text.indexOf(sep, at + 1)) {
      const leftText = text.slice(0, at);
      const rightText = text.slice(at + sep.length);
      const left = rangeStart(leftText, rightText);
      const right = left && rangeEnd(rightText, left);
      if (left && right) return joinRange(left, right);
    }
  }
  return undefined;
}
