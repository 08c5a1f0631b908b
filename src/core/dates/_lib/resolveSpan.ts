import { addDays, daysInMonth } from '../calendarDay';
import type { Deadline, DeadlineDate, YearSource } from '../deadline';
import type { DatePoint, Span } from './parseSpanAtom';

/** The years a phrase may borrow: the campaign year, else a weaker reference. */
export interface YearContext {
  readonly year?: number;
  readonly referenceYear?: number;
}

/** What the words around the dates said: `before` (前), `within` (内, 完成), or nothing. */
export type DueWord = 'before' | 'within' | 'none';

interface Base { readonly year?: number; readonly source: YearSource }

/** The year relative words (`次年`) count from: one written in the phrase, else the context's. */
function baseYear(span: Span, context: YearContext): Base {
  const written = span.start.year ?? span.end.year;
  if (written !== undefined) return { year: written, source: 'text' };
  if (context.year !== undefined) return { year: context.year, source: 'context' };
  if (context.referenceYear !== undefined) return { year: context.referenceYear, source: 'reference' };
  return { source: 'none' };
}

/**
 * A point's year: `year` when known, and always an ordering `key` (the year, or
 * with no year at all the offset from the unknown campaign year, `次年` → 1).
 */
interface PlacedYear { readonly year?: number; readonly key: number }

function ownYear(p: DatePoint, base: Base): PlacedYear | undefined {
  if (p.year !== undefined) return { year: p.year, key: p.year };
  if (!p.yearWritten) return undefined;
  return base.year === undefined ? { key: p.yearOffset } : { year: base.year + p.yearOffset, key: base.year + p.yearOffset };
}

const shift = (y: PlacedYear, n: number): PlacedYear => ({ ...(y.year === undefined ? {} : { year: y.year + n }), key: y.key + n });

/** Month and day as one number for ordering within a year; a month's end counts as its 31st. */
const monthDay = (p: DatePoint): number => p.month * 100 + (p.day === 'end' ? 31 : p.day);

/**
 * The years of a span's two ends. A year written on one end only gives the other
 * end the year that keeps them in calendar order (issue 12): `12月1日至2020年1月31日`
 * is 2019-12-01 to 2020-01-31, `2020年12月至1月` runs into 2021, `12月至次年2月` starts
 * in the campaign year. With no year on either end both take the campaign year,
 * so `9月30日至6月6日` stays reversed and is reported.
 */
function rangeYears(span: Span, base: Base): { start: PlacedYear; end: PlacedYear } {
  const start = ownYear(span.start, base);
  const end = ownYear(span.end, base);
  if (start && end) return { start, end };
  if (start) return { start, end: shift(start, monthDay(span.end) < monthDay(span.start) ? 1 : 0) };
  if (end) return { start: shift(end, monthDay(span.start) > monthDay(span.end) ? -1 : 0), end };
  const campaign: PlacedYear = base.year === undefined ? { key: 0 } : { year: base.year, key: base.year };
  return { start: campaign, end: campaign };
}

/** A point's day in its month; a month's `end` without a year counts February as 28 (the safer, earlier day). */
function place(p: DatePoint, year: PlacedYear): DeadlineDate {
  const day = p.day === 'end' ? (year.year === undefined && p.month === 2 ? 28 : daysInMonth(p.month, year.year)) : p.day;
  return year.year === undefined ? { month: p.month, day } : { year: year.year, month: p.month, day };
}

function dayBefore(d: DeadlineDate): DeadlineDate {
  const prev = addDays({ year: d.year ?? 2001, month: d.month, day: d.day }, -1);
  return d.year === undefined ? { month: prev.month, day: prev.day } : prev;
}

function metaOf(text: string, base: Base) {
  return { text, yearInferred: base.source === 'context' || base.source === 'reference', yearSource: base.source, ...(base.year === undefined ? {} : { year: base.year }) };
}

/** The first day among `dates` that does not exist (`6月31日`). */
const impossibleDay = (dates: readonly DeadlineDate[]): DeadlineDate | undefined =>
  dates.find((d) => d.day < 1 || d.day > daysInMonth(d.month, d.year));

function nonexistent(meta: ReturnType<typeof metaOf>, dates: readonly DeadlineDate[]): Deadline | undefined {
  const d = impossibleDay(dates);
  return d && { ...meta, kind: 'nonexistent', month: d.month, day: d.day, daysInMonth: daysInMonth(d.month, d.year) };
}

/**
 * Turns a span read from text into a deadline, settling the years (from the
 * text, by calendar order across a range, else the context) and checking that
 * every day exists.
 *
 * `due` decides between a day and an interval: `before` a whole month or
 * year means before it starts (`9月前` → by Aug 31); `before` a day and
 * `within` anything mean by its last day (`6月5日前`, `10月底前完成`, `年内`).
 * A month's or year's end written alone is a due date too (`6月底`, `2023年底`).
 * A range written with 至 stays an interval whatever follows it.
 */
export function deadlineFromSpan(text: string, span: Span, due: DueWord, context: YearContext): Deadline {
  const base = baseYear(span, context);
  const meta = metaOf(text, base);
  const years = rangeYears(span, base);
  const start = place(span.start, years.start);
  const end = place(span.end, years.end);
  const impossible = nonexistent(meta, [start, end]);
  if (impossible) return impossible;
  const wholePeriod = span.grain === 'month' || span.grain === 'year';
  if (due === 'before' && wholePeriod && !span.range) {
    return { ...meta, kind: 'day', date: dayBefore(start), mode: 'by', periodEnd: span.grain === 'year' ? 'year' : 'month' };
  }
  // A written range keeps both ends even with 前/完成 after it (`6月6日至9月30日完成`), so a reversed one is still seen.
  if ((due !== 'none' || span.periodEnd) && !span.range) {
    const periodEnd = span.periodEnd ?? (span.grain === 'year' ? 'year' : wholePeriod ? 'month' : undefined);
    return { ...meta, kind: 'day', date: end, mode: 'by', ...(periodEnd ? { periodEnd } : {}) };
  }
  if (span.grain === 'year' && !span.range) return { ...meta, kind: 'ongoing', scope: 'year', start, end, named: true };
  const order = years.start.key - years.end.key || start.month - end.month || start.day - end.day;
  if (order === 0 && span.grain === 'day') {
    return { ...meta, kind: 'day', date: start, mode: 'on', ...(span.periodEnd ? { periodEnd: span.periodEnd } : {}) };
  }
  return {
    ...meta, kind: 'interval', start, end, reversed: order > 0,
    ...(span.months ? { months: span.months } : {}),
  };
}

/** `2023年7月至今`, `2022年10月起`: ongoing from the span's first day. */
export function sinceFromSpan(text: string, span: Span, context: YearContext): Deadline {
  const base = baseYear(span, context);
  const meta = metaOf(text, base);
  const start = place(span.start, rangeYears(span, base).start);
  return nonexistent(meta, [start]) ?? { ...meta, kind: 'ongoing', scope: 'since', start };
}

/** The first and last day of a span, placed: the bounds of `2021年每月5日前` or `3月起每周六`. */
export function spanBounds(span: Span, context: YearContext): { start: DeadlineDate; end: DeadlineDate; yearSource: YearSource } | undefined {
  const base = baseYear(span, context);
  const years = rangeYears(span, base);
  const start = place(span.start, years.start);
  const end = place(span.end, years.end);
  return impossibleDay([start, end]) ? undefined : { start, end, yearSource: base.source };
}
