import { DAY_MARKS, RANGE_SEPARATORS } from '../deadlineVocabulary';
import { alternation } from './alternation';
import { type DatePoint, monthSpan, parseSpanAtom, readYearPrefix, type Span, validMonth } from './parseSpanAtom';

const BARE_DAY_RE = new RegExp(`^(\\d{1,2})(?:${alternation(DAY_MARKS)})?$`);

/** The right end of a range, which may borrow year and month from the left (`6月6日至30日`, `7至8月`). */
function rangeEnd(text: string, left: Span): Span | undefined {
  const bare = BARE_DAY_RE.exec(text);
  if (bare && left.grain !== 'year') {
    const e = left.end;
    const p: DatePoint = { ...e, day: Number(bare[1]) };
    return { start: p, end: p, grain: 'day' };
  }
  const atom = parseSpanAtom(text);
  if (!atom || readYearPrefix(text).written) return atom;
  const inherit = (p: DatePoint): DatePoint => (left.end.year === undefined
    ? { yearOffset: left.end.yearOffset, month: p.month, day: p.day }
    : { year: left.end.year, yearOffset: 0, month: p.month, day: p.day });
  return { ...atom, start: inherit(atom.start), end: inherit(atom.end) };
}

/** The left end of a range; a bare number takes the right end's unit (`7-8月`: 7 is a month). */
function rangeStart(text: string, right: string): Span | undefined {
  const atom = parseSpanAtom(text);
  if (atom) return atom;
  const bare = /^(\d{1,2})$/.exec(text);
  const rightPrefix = readYearPrefix(right);
  if (!bare || !/^\d{1,2}月/.test(rightPrefix.rest) || !validMonth(Number(bare[1]))) return undefined;
  return monthSpan(rightPrefix, Number(bare[1]), Number(bare[1]), [Number(bare[1])]);
}

function joinRange(left: Span, right: Span): Span {
  const wholeMonths = left.grain === 'month' && right.grain === 'month' && left.months && right.months &&
    left.end.year === right.start.year && left.end.yearOffset === right.start.yearOffset &&
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
 * `4月下旬—5月上旬`, `2020-06-06~2020-09-30`, `7-8月`.
 */
export function parseSpan(text: string): Span | undefined {
  const atom = parseSpanAtom(text);
  if (atom) return atom;
  for (const sep of RANGE_SEPARATORS) {
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
