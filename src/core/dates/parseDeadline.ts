import { toIsoDate } from './calendarDay';
import type { Deadline } from './deadline';
import { SINCE_PREFIXES, SINCE_SUFFIXES } from './deadlineVocabulary';
import { dayOfExcelSerial, isDateFormat } from './_lib/excelDate';
import { normalizeDeadlineText } from './_lib/normalizeDeadlineText';
import { alternation } from './_lib/alternation';
import { parseSpan } from './_lib/parseSpan';
import { parseFestival } from './_lib/parseFestival';
import { parseRecurrence } from './_lib/parseRecurrence';
import { parseRelative } from './_lib/parseRelative';
import { parseMilestone, parseOngoing } from './_lib/parseVocabularyPhrase';
import { deadlineFromSpan, sinceFromSpan } from './_lib/resolveSpan';
import { stripTimeOfDay } from './_lib/stripTimeOfDay';
import { trimDeadlineWords } from './_lib/trimDeadlineWords';
import { type CellValue, isCellError } from '../grid/grid';

/** What a phrase may borrow from its workbook. */
export interface DeadlineContext {
  /** The campaign year (settings, or `inferYear`): `6月5日前` in a 2020 notice is 2020-06-05. */
  readonly year?: number;
  /** A weaker guess used when `year` is absent; results say `yearSource: 'reference'`. */
  readonly referenceYear?: number;
  /** The cell's number format: a number in a date-formatted cell is an Excel serial date. */
  readonly numberFormat?: string;
}

const SINCE_RE = new RegExp(`^(?:${alternation(SINCE_PREFIXES)})?(.+?)(?:${alternation(SINCE_SUFFIXES)})$`);

const unparsed = (text: string): Deadline => ({ text, yearInferred: false, yearSource: 'none', kind: 'unparsed' });

function dayCell(text: string, year: number, month: number, day: number): Deadline {
  return { text, year, yearInferred: false, yearSource: 'text', kind: 'day', date: { year, month, day }, mode: 'on' };
}

function parseText(text: string, context: DeadlineContext): Deadline {
  // A deadline is a day: clock times, 上午/下午 and weekdays (`(星期二)`) are dropped first.
  const normalized = stripTimeOfDay(normalizeDeadlineText(text));
  if (normalized === '') return unparsed(text);
  const { core, phrase, due } = trimDeadlineWords(normalized);
  const vocabulary = parseMilestone(text, phrase) ?? parseOngoing(text, phrase, context) ??
    parseRecurrence(text, phrase, context) ?? parseRelative(text, phrase);
  if (vocabulary) return vocabulary;
  const since = SINCE_RE.exec(phrase);
  const sinceSpan = since ? parseSpan(since[1]) : undefined;
  if (sinceSpan) return sinceFromSpan(text, sinceSpan, context);
  const festival = due === 'before' ? parseFestival(text, core, context) : undefined;
  if (festival) return festival;
  const span = parseSpan(core);
  return span ? deadlineFromSpan(text, span, due, context) : unparsed(text);
}

/**
 * Reads a deadline from a cell or a phrase (DOMAIN §3). Never throws: what it
 * cannot read comes back as `unparsed`, impossible days as `nonexistent`.
 *
 * @example parseDeadline('10月至12月上旬', { year: 2020 }) // interval 2020-10-01 … 2020-12-10
 * @example parseDeadline('6月5日前', { year: 2020 })      // day 2020-06-05, mode 'by', yearInferred
 * @example parseDeadline('12月1日至2020年1月31日', { year: 2019 }) // interval 2019-12-01 … 2020-01-31
 * @example parseDeadline('2023年10月17日17:00前')          // day 2023-10-17, mode 'by'
 * @example parseDeadline('2021年2月29日')                 // nonexistent: 2月 has 28 days
 * @example parseDeadline(44012, { numberFormat: 'yyyy/m/d' }) // day 2020-06-30 (an Excel serial)
 */
export function parseDeadline(input: CellValue | string, context: DeadlineContext = {}): Deadline {
  if (typeof input === 'string') return parseText(input, context);
  if (input instanceof Date) {
    // Hosts hand dates over at UTC midnight (ExcelJS does); the time of day is not part of a deadline.
    if (Number.isNaN(input.getTime())) return unparsed(String(input));
    const day = { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
    return dayCell(toIsoDate(day), day.year, day.month, day.day);
  }
  if (typeof input === 'number') {
    // 2020.1 in a number cell may have been typed as 2020.10: a fraction is never read as a month.
    if (!isDateFormat(context.numberFormat)) return Number.isInteger(input) ? parseText(String(input), context) : unparsed(String(input));
    const day = dayOfExcelSerial(input);
    if (day === '1900-02-29') {
      return { text: day, year: 1900, yearInferred: false, yearSource: 'text', kind: 'nonexistent', month: 2, day: 29, daysInMonth: 28 };
    }
    return day ? dayCell(toIsoDate(day), day.year, day.month, day.day) : unparsed(String(input));
  }
  if (input === null || input === undefined) return unparsed('');
  if (isCellError(input)) return unparsed(input.error);
  return unparsed(String(input).toUpperCase());
}
