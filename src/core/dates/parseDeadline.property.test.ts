import fc from 'fast-check';
import type { CellValue } from '../grid/grid';
import { compareDays, daysInMonth, isValidDay } from './calendarDay';
import type { Deadline, DeadlineDate } from './deadline';
import { type DayStyle, formatDay } from './formatDay';
import { parseDeadline } from './parseDeadline';
import { excelSerialOfDay } from './_lib/excelDate';

const RUNS = 10_000;

/** Pieces of the grammar, so random strings reach deep into it. */
const TOKENS = [
  '年', '月', '日', '号', '至', '到', '—', '-', '~', '、', '前', '以前', '内', '以内', '底', '末', '初', '上旬', '中旬', '下旬', '中下旬',
  '完成', '每', '每月', '季度', '半年', '全年', '长期', '按时间节点', '个工作日', '天', '后', '次年', '今年', '至今', '以来', '第', '份',
  '0', '1', '2', '3', '6', '9', '12', '29', '30', '31', '2020', '2021', '〇', '一', '二', '十', '三十一', '两', '（', '）', '(', ')', ' ', '　', '：',
  // issue 12: ranges, leads, clocks, weekdays, recurrences and counts of real notices
  '起至', '起到', '即日起至', '从', '自', '到', '于', '以', '止', '结束', '起', '以来', '及以后', '---', '--', '～', '〜', '.', '/',
  ':', '00', '点', '时', '半', '上午', '下午', '全天', '(星期二)', '星期', '周', '第', '个', '的', '末', '每半月', '每周', '每季度',
  '个工作日', '不得超过', '为时间节点', '国庆节', '元月', '期间', '以來', '時間節點', '按照', '要求', '2023720', '1018',
];
const grammarish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((t) => t.join(''));
// Without `:` and `：`, so a label put in front is the only label (`时间:6月` would be one itself).
const labelFree = fc.array(fc.constantFrom(...TOKENS.filter((t) => !/[:：]/.test(t))), { maxLength: 12 }).map((t) => t.join(''));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  grammarish,
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string().map((error) => ({ error })),
);
const numberFormat = fc.constantFrom(undefined, 'General', '@', '0.00', 'yyyy-mm-dd', 'm/d/yy h:mm', 'yyyy"年"m"月"d"日"', '[Red]0.00E+00');
const context = fc.record({ year: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }), numberFormat }, { requiredKeys: [] });

const validDay = fc.integer({ min: 1900, max: 2100 }).chain((year) => fc.integer({ min: 1, max: 12 }).chain((month) =>
  fc.integer({ min: 1, max: daysInMonth(month, year) }).map((day) => ({ year, month, day }))));

function datesOf(d: Deadline): DeadlineDate[] {
  if (d.kind === 'day') return [d.date];
  if (d.kind === 'interval' || d.kind === 'ongoing' || d.kind === 'recurrence') return [d.start, d.end].filter((x): x is DeadlineDate => x !== undefined);
  return [];
}

describe('parseDeadline properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { parseDeadline(s, { year: 2020 }); }), { numRuns: RUNS });
  });

  it('never throws on grammar-shaped text, and what it returns holds together', () => {
    fc.assert(fc.property(grammarish, fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }), (s, year) => {
      const d = parseDeadline(s, { year });
      expect(d.text).toBe(s);
      for (const x of datesOf(d)) if (x.year !== undefined) expect(isValidDay(x.year, x.month, x.day)).toBe(true);
      if (d.kind === 'interval' && !d.reversed && d.start.year !== undefined && d.end.year !== undefined) {
        expect(compareDays(d.start as Required<DeadlineDate>, d.end as Required<DeadlineDate>)).toBeLessThanOrEqual(0);
      }
      if (d.kind === 'nonexistent') expect(d.day < 1 || d.day > d.daysInMonth).toBe(true);
    }), { numRuns: RUNS });
  });

  it('never throws on arbitrary cell values and number formats (invalid Dates, NaN, errors included)', () => {
    fc.assert(fc.property(cellValue, context, (value, ctx) => { parseDeadline(value, ctx); }), { numRuns: RUNS });
  });

  it('ignores white space of any width between characters', () => {
    fc.assert(fc.property(grammarish, fc.constantFrom(' ', '\u3000', '\u00a0', '\n', '\u200b'), (s, space) => {
      const { text: _a, ...plain } = parseDeadline(s, { year: 2020 });
      const { text: _b, ...spaced } = parseDeadline([...s].join(space), { year: 2020 });
      expect(spaced).toEqual(plain);
    }), { numRuns: 2_000 });
  });

  it('reads the same with noise around it: spaces, a leading 完成时间：, a trailing 。', () => {
    const noise = fc.record({
      label: fc.constantFrom('', '完成时间：', '完成时限:', '时间：', '截止日期：'),
      space: fc.constantFrom('', ' ', '\u3000', '\u00a0', '\n'),
      end: fc.constantFrom('', '。', '.', '；', ' '),
    });
    fc.assert(fc.property(labelFree, noise, (s, { label, space, end }) => {
      const { text: _a, ...plain } = parseDeadline(s, { year: 2020 });
      const { text: _b, ...noisy } = parseDeadline(`${space}${label}${space}${s}${space}${end}${space}`, { year: 2020 });
      expect(noisy).toEqual(plain);
    }), { numRuns: 2_000 });
  });

  it.each<DayStyle>(['zh', 'iso', 'dot', 'slash', 'fullwidth', 'hanzi'])('round-trips a valid day written in style %s', (style) => {
    fc.assert(fc.property(validDay, (day) => {
      expect(parseDeadline(formatDay(day, style))).toMatchObject({ kind: 'day', mode: 'on', date: day, yearSource: 'text' });
      expect(parseDeadline(`${formatDay(day, style)}前`)).toMatchObject({ kind: 'day', mode: 'by', date: day });
    }), { numRuns: RUNS / 5 });
  });

  it('round-trips a yearless day through the campaign year', () => {
    fc.assert(fc.property(validDay, (day) => {
      expect(parseDeadline(formatDay(day, 'zh-short'), { year: day.year })).toMatchObject({ kind: 'day', date: day, yearInferred: true });
    }), { numRuns: RUNS / 5 });
  });

  it('round-trips an Excel serial in a date-formatted cell', () => {
    fc.assert(fc.property(validDay, (day) => {
      expect(parseDeadline(excelSerialOfDay(day), { numberFormat: 'yyyy/m/d' })).toMatchObject({ kind: 'day', date: day });
      expect(parseDeadline(new Date(Date.UTC(day.year, day.month - 1, day.day)))).toMatchObject({ kind: 'day', date: day });
    }), { numRuns: RUNS / 5 });
  });
});
