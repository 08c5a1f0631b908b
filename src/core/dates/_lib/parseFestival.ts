import type { Deadline } from '../deadline';
import { FIXED_FESTIVALS } from '../deadlineVocabulary';
import { addDays } from '../calendarDay';
import { readYearPrefix } from './parseSpanAtom';
import type { YearContext } from './resolveSpan';

/**
 * `国庆节前`, `2013年国庆节前`: due by the day before a festival on a fixed day
 * (`core` is the phrase without its `前`). Other uses of a festival are not read.
 */
export function parseFestival(text: string, core: string, context: YearContext): Deadline | undefined {
  const prefix = readYearPrefix(core);
  const festival = FIXED_FESTIVALS.find((f) => f.word === prefix.rest);
  if (!festival) return undefined;
  const base = prefix.year ?? context.year ?? context.referenceYear;
  const source = prefix.year !== undefined ? 'text' : context.year !== undefined ? 'context' : context.referenceYear !== undefined ? 'reference' : 'none';
  const meta = { text, yearInferred: source === 'context' || source === 'reference', yearSource: source } as const;
  // Festivals fall on the 1st–12th: the day before is in the same year (never Jan 1).
  const before = addDays({ year: base === undefined ? 2001 : base + prefix.yearOffset, month: festival.month, day: festival.day }, -1);
  return base === undefined
    ? { ...meta, kind: 'day', date: { month: before.month, day: before.day }, mode: 'by' }
    : { ...meta, year: base + prefix.yearOffset, kind: 'day', date: before, mode: 'by' };
}
