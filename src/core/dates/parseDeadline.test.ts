import { parseDeadline } from './parseDeadline';
import { summarizeDeadline } from './_test/summarizeDeadline';

const in2020 = { year: 2020 };
const summary = (input: Parameters<typeof parseDeadline>[0], context = in2020) => summarizeDeadline(parseDeadline(input, context));

describe('parseDeadline: the phrases of DOMAIN §3 (campaign year 2020)', () => {
  it.each([
    // by that day
    ['2020年6月30日前', 'day by 2020-06-30'],
    ['6月5日前', 'day by 2020-06-05'],
    ['6月5日以前', 'day by 2020-06-05'],
    ['6月5日之前', 'day by 2020-06-05'],
    ['6月30日前完成', 'day by 2020-06-30'],
    ['完成时限：2020年6月30日前', 'day by 2020-06-30'],
    ['截至2020年6月30日', 'day by 2020-06-30'],
    ['于6月30日前报送', 'day by 2020-06-30'],
    ['（6月5日前）', 'day by 2020-06-05'],
    ['6月30号前', 'day by 2020-06-30'],
    ['6月30日止', 'day by 2020-06-30'],
    ['6月30日截止', 'day by 2020-06-30'],
    ['6月30日前到位', 'day by 2020-06-30'],
    // on that day
    ['2020.6.30', 'day on 2020-06-30'],
    ['2020/6/30', 'day on 2020-06-30'],
    ['2020-06-30', 'day on 2020-06-30'],
    ['２０２０年６月３０日', 'day on 2020-06-30'],
    ['二〇二〇年六月三十日', 'day on 2020-06-30'],
    ['二○二○年六月三十日', 'day on 2020-06-30'],
    ['2020 年 6 月 30 日', 'day on 2020-06-30'],
    ['2020年6月30日。', 'day on 2020-06-30'],
    ['6月30日', 'day on 2020-06-30'],
    ['十二月二十一日', 'day on 2020-12-21'],
    // ranges
    ['6月6日至9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日到9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日—9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日～9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日-9月30日', 'interval 2020-06-06..2020-09-30'],
    ['2020-06-06~2020-09-30', 'interval 2020-06-06..2020-09-30'],
    ['6月6日至30日', 'interval 2020-06-06..2020-06-30'],
    ['6月6-9日', 'interval 2020-06-06..2020-06-09'],
    ['6月6日至9月30日完成', 'interval 2020-06-06..2020-09-30'],
    ['10月至12月上旬', 'interval 2020-10-01..2020-12-10'],
    ['4月下旬—5月上旬', 'interval 2020-04-21..2020-05-10'],
    ['5月中旬—6月下旬', 'interval 2020-05-11..2020-06-30'],
    ['12月至次年2月', 'interval 2020-12-01..2021-02-28'],
    ['2020年12月至2021年1月', 'interval 2020-12-01..2021-01-31'],
    // parts of a month
    ['12月中下旬', 'interval 2020-12-11..2020-12-31'],
    ['12月上旬', 'interval 2020-12-01..2020-12-10'],
    ['12月中旬', 'interval 2020-12-11..2020-12-20'],
    ['2月下旬', 'interval 2020-02-21..2020-02-29'],
    ['3月上中旬', 'interval 2020-03-01..2020-03-20'],
    ['6月初', 'interval 2020-06-01..2020-06-10'],
    ['6月中', 'interval 2020-06-11..2020-06-20'],
    ['6月下半月', 'interval 2020-06-16..2020-06-30'],
    ['12月上旬前', 'day by 2020-12-10'],
    // by the end of a month or year
    ['10月底前完成', 'day by 2020-10-31 (month end)'],
    ['7月底完成', 'day by 2020-07-31 (month end)'],
    ['年底前完成', 'day by 2020-12-31 (year end)'],
    ['3月底前', 'day by 2020-03-31 (month end)'],
    ['12月底前完成', 'day by 2020-12-31 (month end)'],
    ['2月底前', 'day by 2020-02-29 (month end)'],
    ['10月末', 'day by 2020-10-31 (month end)'],
    ['2020年底', 'day by 2020-12-31 (year end)'],
    ['今年底前', 'day by 2020-12-31 (year end)'],
    ['年内完成', 'day by 2020-12-31 (year end)'],
    ['10月内', 'day by 2020-10-31 (month end)'],
    ['9月前', 'day by 2020-08-31 (month end)'],
    ['2021年前', 'day by 2020-12-31 (year end)'],
    // whole months and years
    ['1 月', 'interval 2020-01-01..2020-01-31 months 1'],
    ['12 月', 'interval 2020-12-01..2020-12-31 months 12'],
    ['2月', 'interval 2020-02-01..2020-02-29 months 2'],
    ['7月份', 'interval 2020-07-01..2020-07-31 months 7'],
    ['7、8月份', 'interval 2020-07-01..2020-08-31 months 7,8'],
    ['7月、8月', 'interval 2020-07-01..2020-08-31 months 7,8'],
    ['7-8月', 'interval 2020-07-01..2020-08-31 months 7,8'],
    ['10月至12月', 'interval 2020-10-01..2020-12-31 months 10,11,12'],
    ['1、3月', 'interval 2020-01-01..2020-03-31 months 1,3'],
    ['第三季度', 'interval 2020-07-01..2020-09-30 months 7,8,9'],
    ['一季度', 'interval 2020-01-01..2020-03-31 months 1,2,3'],
    ['上半年', 'interval 2020-01-01..2020-06-30'],
    ['2020年下半年', 'interval 2020-07-01..2020-12-31'],
    ['次年1月', 'interval 2021-01-01..2021-01-31 months 1'],
    ['2024年', 'ongoing year 2024-01-01..2024-12-31'],
    ['2024年度', 'ongoing year 2024-01-01..2024-12-31'],
    // ongoing
    ['全年', 'ongoing year 2020-01-01..2020-12-31'],
    ['2024年全年', 'ongoing year 2024-01-01..2024-12-31'],
    ['长期', 'ongoing indefinite'],
    ['长期坚持', 'ongoing indefinite'],
    ['常态化', 'ongoing indefinite'],
    ['常态化开展', 'ongoing indefinite'],
    ['长效', 'ongoing indefinite'],
    ['日常', 'ongoing indefinite'],
    ['2023年7月至今', 'ongoing since 2023-07-01..'],
    ['2021年以来', 'ongoing since 2021-01-01..'],
    ['从7月份开始', 'ongoing since 2020-07-01..'],
    // milestones
    ['按时间节点', 'milestone'],
    ['按时间节点完成', 'milestone'],
    ['另行通知', 'milestone'],
    ['待定', 'milestone'],
    // recurrences
    ['每月5日前', 'recurrence month by day 5'],
    ['每月20日前', 'recurrence month by day 20'],
    ['每月20日前上报', 'recurrence month by day 20'],
    ['每月18日', 'recurrence month on day 18'],
    ['季度收集', 'recurrence quarter any'],
    ['季度\n\n收集', 'recurrence quarter any'],
    ['半年收集', 'recurrence half-year any'],
    ['每季度', 'recurrence quarter any'],
    ['每季度一次', 'recurrence quarter any'],
    ['每周', 'recurrence week any'],
    ['每天', 'recurrence day any'],
    ['每周一', 'recurrence week on weekday 1'],
    ['每年9月前', 'recurrence year by month 9'],
    ['每年3月15日', 'recurrence year on month 3 day 15'],
    ['每月第四周的周五', 'recurrence month any detail 第4周的周5'],
    // relative
    ['5个工作日内', 'relative 5 workday'],
    ['五个工作日内', 'relative 5 workday'],
    ['5个工作日', 'relative 5 workday'],
    ['活动结束后2天内', 'relative 2 day after 活动结束'],
    ['收到通知之日起3日内', 'relative 3 day after 收到通知'],
    ['3日内', 'relative 3 day'],
    ['1个月内', 'relative 1 month'],
    ['三个月内', 'relative 3 month'],
    ['两周内', 'relative 2 week'],
  ])('%s → %s', (input, expected) => {
    expect(summary(input)).toBe(expected);
  });
});

describe('parseDeadline: impossible days are nonexistent, look-alikes are fine', () => {
  it.each([
    ['6月31日', 'nonexistent 6/31 (30 days)'],
    ['6月31日前', 'nonexistent 6/31 (30 days)'],
    ['2月30日', 'nonexistent 2/30 (29 days)'],
    ['2021年2月29日', 'nonexistent 2/29 (28 days)'],
    ['2021.2.29', 'nonexistent 2/29 (28 days)'],
    ['4月31日至5月5日', 'nonexistent 4/31 (30 days)'],
    ['6月1日至31日', 'nonexistent 6/31 (30 days)'],
    ['6月0日', 'nonexistent 6/0 (30 days)'],
    ['2020年2月29日', 'day on 2020-02-29'],
    ['2000年2月29日', 'day on 2000-02-29'],
    ['6月30日', 'day on 2020-06-30'],
    ['7月31日', 'day on 2020-07-31'],
  ])('%s → %s', (input, expected) => {
    expect(summary(input)).toBe(expected);
  });

  it('a yearless 2月29日 exists (it may be a leap year), one placed in 2021 does not', () => {
    expect(summary('2月29日', {} as { year: number })).toBe('day on ????-02-29');
    expect(summary('2月29日', { year: 2021 })).toBe('nonexistent 2/29 (28 days)');
  });
});

describe('parseDeadline: reversed ranges are flagged', () => {
  it.each([
    ['9月30日至6月6日', 'interval 2020-09-30..2020-06-06 reversed'],
    ['12月至10月', 'interval 2020-12-01..2020-10-31 reversed'],
    ['2021年1月至2020年12月', 'interval 2021-01-01..2020-12-31 reversed'],
    ['6月6日至9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日至6月6日', 'day on 2020-06-06'],
  ])('%s → %s', (input, expected) => {
    expect(summary(input)).toBe(expected);
  });

  it('compares yearless ends by month and day, and 次年 after the year', () => {
    expect(summary('9月30日至6月6日', {} as { year: number })).toBe('interval ????-09-30..????-06-06 reversed');
    expect(summary('12月至次年2月', {} as { year: number })).toBe('interval ????-12-01..????-02-28');
  });
});

describe('parseDeadline: look-alikes that are not deadlines', () => {
  it.each([
    '', '   ', 'hello', '无', '见附件', '13月', '2020', '6.30', '12345', '底', '前', '内', '至今', '每', '月',
    '6月5日后', '2020年13月1日', '图片资料季度收集说明报告半年收集', '第五季度', '3日', '十十月',
  ])('%j is unparsed', (input) => {
    expect(parseDeadline(input, in2020).kind).toBe('unparsed');
  });
});

describe('parseDeadline: the year', () => {
  it('comes from the text when written', () => {
    expect(parseDeadline('2020年6月30日前', { year: 2024 })).toMatchObject({ year: 2020, yearInferred: false, yearSource: 'text' });
  });
  it('comes from the context otherwise, and says so', () => {
    expect(parseDeadline('6月5日前', { year: 2020 })).toMatchObject({ year: 2020, yearInferred: true, yearSource: 'context' });
    expect(parseDeadline('6月5日前', { referenceYear: 2019 })).toMatchObject({ year: 2019, yearInferred: true, yearSource: 'reference' });
    expect(parseDeadline('6月5日前', { year: 2020, referenceYear: 2019 })).toMatchObject({ year: 2020, yearSource: 'context' });
  });
  it('is absent when nobody gave one', () => {
    const d = parseDeadline('6月5日前');
    expect(d).toMatchObject({ kind: 'day', date: { month: 6, day: 5 }, yearInferred: false, yearSource: 'none' });
    expect(d).not.toHaveProperty('year');
    expect(summary('全年', {} as { year: number })).toBe('ongoing year');
  });
  it('a range end borrows the start year', () => {
    expect(summary('2019年6月6日至9月30日', { year: 2024 })).toBe('interval 2019-06-06..2019-09-30');
  });
  it('keeps the text as written', () => {
    expect(parseDeadline('  12月中下旬 ', in2020).text).toBe('  12月中下旬 ');
  });
});

describe('parseDeadline: cells', () => {
  it('reads a real date cell (UTC midnight, as ExcelJS gives it), ignoring the time', () => {
    expect(summary(new Date(Date.UTC(2020, 5, 30)))).toBe('day on 2020-06-30');
    expect(summary(new Date(Date.UTC(2020, 5, 30, 15, 30)))).toBe('day on 2020-06-30');
    expect(parseDeadline(new Date(Date.UTC(2020, 5, 30)))).toMatchObject({ text: '2020-06-30', yearSource: 'text' });
  });
  it.each([
    [44012, 'yyyy/m/d', 'day on 2020-06-30'],
    [44012, 'yyyy"年"m"月"d"日"', 'day on 2020-06-30'],
    [44012.75, 'm/d/yy h:mm', 'day on 2020-06-30'],
    [43890, '[$-804]yyyy年m月d日', 'day on 2020-02-29'],
    [61, 'yyyy-mm-dd', 'day on 1900-03-01'],
    [60, 'yyyy-mm-dd', 'nonexistent 2/29 (28 days)'],
    [1, 'yyyy-mm-dd', 'day on 1900-01-01'],
    [44012, 'General', 'unparsed'],
    [44012, undefined, 'unparsed'],
    [0, 'yyyy-mm-dd', 'unparsed'],
    [-5, 'yyyy-mm-dd', 'unparsed'],
    [3e7, 'yyyy-mm-dd', 'unparsed'],
  ])('serial %p in format %p → %s', (serial, numberFormat, expected) => {
    expect(summary(serial, { year: 2020, numberFormat } as { year: number })).toBe(expected);
  });
  it.each([
    [null, ''],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [{ error: '#REF!' }, '#REF!'],
    [new Date(Number.NaN), 'Invalid Date'],
  ])('%p is unparsed with text %j', (value, text) => {
    expect(parseDeadline(value)).toEqual({ kind: 'unparsed', text, yearInferred: false, yearSource: 'none' });
  });
});
