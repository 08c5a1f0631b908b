import type { CalendarDay } from './calendarDay';

/**
 * How a day may be written: the forms `parseDeadline` reads back.
 * - `zh` `2020年6月30日` (the official style: GB/T 9704-2012 writes 成文日期 in Arabic digits, year in full, no leading zeros)
 * - `zh-short` `6月30日` (year from context)
 * - `iso` `2020-06-30`, `dot` `2020.6.30`, `slash` `2020/6/30`
 * - `fullwidth` `２０２０年６月３０日` (typed with a full-width input mode)
 * - `hanzi` `二〇二〇年六月三十日` (the date line of some notices)
 */
export type DayStyle = 'zh' | 'zh-short' | 'iso' | 'dot' | 'slash' | 'fullwidth' | 'hanzi';

const HANZI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 30 → `三十`, 21 → `二十一`, 10 → `十`, 6 → `六` (months and days). */
function hanziNumber(n: number): string {
  if (n < 10) return HANZI_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : HANZI_DIGITS[tens]}十${ones === 0 ? '' : HANZI_DIGITS[ones]}`;
}

/** Full-width digits U+FF10–U+FF19. */
function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/**
 * Writes a day in one of the styles Chinese offices use.
 *
 * @example formatDay({ year: 2020, month: 6, day: 30 }, 'hanzi') // '二〇二〇年六月三十日'
 */
export function formatDay(day: CalendarDay, style: DayStyle = 'zh'): string {
  const { year, month, day: d } = day;
  switch (style) {
    case 'zh': return `${year}年${month}月${d}日`;
    case 'zh-short': return `${month}月${d}日`;
    case 'iso': return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    case 'dot': return `${year}.${month}.${d}`;
    case 'slash': return `${year}/${month}/${d}`;
    case 'fullwidth': return fullWidth(`${year}年${month}月${d}日`);
    case 'hanzi': return `${[...String(year)].map((c) => HANZI_DIGITS[Number(c)]).join('')}年${hanziNumber(month)}月${hanziNumber(d)}日`;
  }
}
