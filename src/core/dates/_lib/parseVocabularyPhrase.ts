import type { Deadline } from '../deadline';
import { BY_SUFFIXES, DAY_MARKS, MILESTONE_WORDS, ONGOING_WORDS, RECURRENCE_WORDS } from '../deadlineVocabulary';
import { alternation } from './alternation';
import { readYearPrefix } from './parseSpanAtom';
import type { YearContext } from './resolveSpan';
import { daysInMonth } from '../calendarDay';

type Meta = Pick<Deadline, 'text' | 'year' | 'yearInferred' | 'yearSource'>;

const noYear = (text: string): Meta => ({ text, yearInferred: false, yearSource: 'none' });

const RECURRENCE_RE = new RegExp(`^(${alternation(RECURRENCE_WORDS.map((r) => r.word))})(.*)$`);
const SUFFIX_RE = new RegExp(`(${alternation(BY_SUFFIXES.map((s) => s.word))})$`);
const DAY_MARK = `(?:${alternation(DAY_MARKS)})`;
const DAY_RE = new RegExp(`^(\\d{1,2})${DAY_MARK}$`);
const MONTH_DAY_RE = new RegExp(`^(\\d{1,2})月(?:(\\d{1,2})${DAY_MARK})?$`);

/** `按时间节点` and its synonyms. */
export function parseMilestone(text: string, phrase: string): Deadline | undefined {
  return MILESTONE_WORDS.includes(phrase) ? { ...noYear(text), kind: 'milestone' } : undefined;
}

/** `全年`, `2024年全年` (that year, first to last day), `长期`, `常态化`. */
export function parseOngoing(text: string, phrase: string, context: YearContext): Deadline | undefined {
  const prefix = readYearPrefix(phrase);
  const rest = prefix.rest.replace(/^度/, '');
  const word = ONGOING_WORDS.find((w) => w.word === rest);
  if (!word) return undefined;
  if (word.scope === 'indefinite') return { ...noYear(text), kind: 'ongoing', scope: 'indefinite' };
  const written = prefix.year;
  const base = written ?? context.year ?? context.referenceYear;
  const source = written !== undefined ? 'text' : context.year !== undefined ? 'context' : context.referenceYear !== undefined ? 'reference' : 'none';
  if (base === undefined) return { ...noYear(text), kind: 'ongoing', scope: 'year' };
  const year = base + prefix.yearOffset;
  return {
    text, year, yearInferred: source === 'context' || source === 'reference', yearSource: source,
    kind: 'ongoing', scope: 'year', start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 },
  };
}

/**
 * `每月5日前` (day 5, by), `每年9月前` (month 9, by: before September),
 * `季度收集`, `半年`, `每周`; an unmodelled rest is kept as `detail`.
 */
export function parseRecurrence(text: string, phrase: string): Deadline | undefined {
  const m = RECURRENCE_RE.exec(phrase);
  if (!m) return undefined;
  const every = RECURRENCE_WORDS.find((r) => r.word === m[1])!.every;
  const rest = m[2].replace(/\d+次$/, '');
  if (rest === '') return { ...noYear(text), kind: 'recurrence', every, mode: 'any' };
  const suffix = SUFFIX_RE.exec(rest);
  const core = suffix ? rest.slice(0, -suffix[1].length) : rest;
  const mode = suffix ? 'by' : 'on';
  const day = DAY_RE.exec(core);
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31 && every !== 'day' && every !== 'week') {
    return { ...noYear(text), kind: 'recurrence', every, day: Number(day[1]), mode };
  }
  const md = MONTH_DAY_RE.exec(core);
  const month = md ? Number(md[1]) : 0;
  if (md && every === 'year' && month >= 1 && month <= 12 && (md[2] === undefined || (Number(md[2]) >= 1 && Number(md[2]) <= daysInMonth(month)))) {
    return { ...noYear(text), kind: 'recurrence', every, month, ...(md[2] === undefined ? {} : { day: Number(md[2]) }), mode };
  }
  return { ...noYear(text), kind: 'recurrence', every, mode: 'any', detail: rest };
}
