import { formatDay } from './formatDay';

describe('formatDay', () => {
  const day = { year: 2020, month: 6, day: 30 };
  it.each([
    ['zh', '2020年6月30日'],
    ['zh-short', '6月30日'],
    ['iso', '2020-06-30'],
    ['dot', '2020.6.30'],
    ['slash', '2020/6/30'],
    ['fullwidth', '２０２０年６月３０日'],
    ['hanzi', '二〇二〇年六月三十日'],
  ] as const)('%s → %s', (style, text) => expect(formatDay(day, style)).toBe(text));

  it.each([
    [{ year: 2020, month: 10, day: 1 }, '二〇二〇年十月一日'],
    [{ year: 2012, month: 12, day: 21 }, '二〇一二年十二月二十一日'],
    [{ year: 2021, month: 11, day: 10 }, '二〇二一年十一月十日'],
    [{ year: 2005, month: 1, day: 31 }, '二〇〇五年一月三十一日'],
  ])('writes Chinese numerals for %o', (d, text) => expect(formatDay(d, 'hanzi')).toBe(text));
});
