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

function baseYear(span: Span, context: YearContext): Base {
  const written = span.start.year ?? span.end.year;
  if (written !== undefined) return { year: written, source: 'text' };
  if (context.year !== undefined) return { year: context.year, source: 'context' };
  if (context.referenceYear !== undefined) return { year: context.referenceYear, source: 'reference' };
  return { source: 'none' };
}

function placeYear(p: DatePoint, base: Base): number | undefined {
  if (p.year !== undefined) return p.year;
  return base.year === undefined ? undefined : base.year + p.yearOffset;
}

/** A point's day in its month; a month's `end` without a year counts February as 28 (the safer, earlier day). */
function place(p: DatePoint, base: Base): DeadlineDate {
  const year = placeYear(p, base);
  const day = p.day === 'end' ? (year === undefined && p.month === 2 ? 28 : daysInMonth(p.month, year)) : p.day;
  return year === undefined ? { month: p.month, day } : { year, month: p.month, day };
}

/** Order within one phrase, also without a year: the relative offsets (`次年`) then month and day. */
function compare(a: DeadlineDate, b: DeadlineDate, pa: DatePoint, pb: DatePoint): number {
  const ya = a.year ?? pa.yearOffset;
  const yb = b.year ?? pb.yearOffset;
  return ya - yb || a.month - b.month || a.day - b.day;
}

function dayBefore(d: DeadlineDate): DeadlineDate {
  const prev = addDays({ year: d.year ?? 2001, month: d.month, day: d.day }, -1);
  return d.year === undefined ? { month: prev.month, day: prev.day } : prev;
}

/**
 * Turns a span read from text into a deadline, settling the year (from the
 * text, else the context) and checking that every day exists.
 *
 * `due` decides between a day and an interval: `before` a whole month or
 * year means before it starts (`9月前` → by Aug 31); `before` a day and
 * `within` anything mean by its last day (`6月5日前`, `10月底前完成`, `年内`).
 * A range written with 至 stays an interval whatever follows it.
 */
export function deadlineFromSpan(text: string, span: Span, due: DueWord, context: YearContext): Deadline {
  const base = baseYear(span, context);
  const meta = { text, yearInferred: base.source === 'context' || base.source === 'reference', yearSource: base.source, ...(base.year === undefined ? {} : { year: base.year }) };
  const start = place(span.start, base);
  const end = place(span.end, base);
  for (const d of [start, end]) {
    const days = daysInMonth(d.month, d.year);
    if (d.day < 1 || d.day > days) return { ...meta, kind: 'nonexistent', month: d.month, day: d.day, daysInMonth: days };
  }
  const wholePeriod = span.grain === 'month' || span.grain === 'year';
  if (due === 'before' && wholePeriod && !span.range) {
    return { ...meta, kind: 'day', date: dayBefore(start), mode: 'by', periodEnd: span.grain === 'year' ? 'year' : 'month' };
  }
  // A written range keeps both ends even with 前/完成 after it (`6月6日至9月30日完成`), so a reversed one is still seen.
  if (due !== 'none' && !span.range) {
    const periodEnd = span.periodEnd ?? (span.grain === 'year' ? 'year' : wholePeriod ? 'month' : undefined);
    return { ...meta, kind: 'day', date: end, mode: 'by', ...(periodEnd ? { periodEnd } : {}) };
  }
  if (span.grain === 'year' && !span.range) return { ...meta, kind: 'ongoing', scope: 'year', start, end };
  if (compare(start, end, span.start, span.end) === 0 && span.grain === 'day') {
    return { ...meta, kind: 'day', date: start, mode: 'on', ...(span.periodEnd ? { periodEnd: span.periodEnd } : {}) };
  }
  return {
    ...meta, kind: 'interval', start, end,
    reversed: compare(start, end, span.start, span.end) > 0,
    ...(span.months ? { months: span.months } : {}),
  };
}

/** `2023年7月至今`: ongoing from the span's first day. */
export function sinceFromSpan(text: string, span: Span, context: YearContext): Deadline {
  const base = baseYear(span, context);
  const meta = { text, yearInferred: base.source === 'context' || base.source === 'reference', yearSource: base.source, ...(base.year === undefined ? {} : { year: base.year }) };
  const start = place(span.start, base);
  const days = daysInMonth(start.month, start.year);
  if (start.day < 1 || start.day > days) return { ...meta, kind: 'nonexistent', month: start.month, day: start.day, daysInMonth: days };
  return { ...meta, kind: 'ongoing', scope: 'since', start };
}
