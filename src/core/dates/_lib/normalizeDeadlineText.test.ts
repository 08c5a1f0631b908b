import { formatDay } from '../formatDay';
import { normalizeDeadlineText } from './normalizeDeadlineText';

describe('normalizeDeadlineText', () => {
  it.each([
    ['二〇二〇年六月三十日', '2020年6月30日'],
    ['二○二○年十二月二十一日', '2020年12月21日'],
    ['二O二O年十月', '2020年10月'],
    ['二零二零年', '2020年'],
    ['２０２０年６月３０日', '2020年6月30日'],
    ['（6月5日前）', '(6月5日前)'],
    ['1 月', '1月'],
    ['12\u3000月', '12月'],
    ['6月\u00a05日\u200b前', '6月5日前'],
    ['季度\n\n收集', '季度收集'],
    ['五个工作日内', '5个工作日内'],
    ['十日', '10日'],
    ['两周', '2周'],
    ['三十一', '31'],
    ['十十月', '十十月'],
    ['一百', '1百'],
    ['October', 'October'],
  ])('%j → %j', (input, output) => expect(normalizeDeadlineText(input)).toBe(output));
});

describe('normalizeDeadlineText: every month and day in Chinese numerals', () => {
  it.each(Array.from({ length: 31 }, (_, i) => i + 1))('day %i', (day) => {
    expect(normalizeDeadlineText(formatDay({ year: 2020, month: 1, day }, 'hanzi'))).toBe(`2020年1月${day}日`);
  });
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('month %i', (month) => {
    expect(normalizeDeadlineText(formatDay({ year: 2020, month, day: 1 }, 'hanzi'))).toBe(`2020年${month}月1日`);
  });
});
