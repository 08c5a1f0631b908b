import { parseDeadline } from './parseDeadline';
import { summarizeDeadline } from './_test/summarizeDeadline';

/** Phrases of real notices the grammar learnt in issue 12, read in a 2020 notice unless a year is given. */
const summary = (text: string, year: number | undefined = 2020) => summarizeDeadline(parseDeadline(text, { year }));

describe('parseDeadline: ranges opened by 从/自, closed by 止, and 即日起至', () => {
  it.each([
    ['从2021年1月至2021年12月', 'interval 2021-01-01..2021-12-31 months 1,2,3,4,5,6,7,8,9,10,11,12'],
    ['从5月初起到6月25日', 'interval 2020-05-01..2020-06-25'],
    ['自2020年5月1日起至2020年12月31日止', 'interval 2020-05-01..2020-12-31'],
    ['自5月1日起至6月30日结束', 'interval 2020-05-01..2020-06-30'],
    ['即日起至2023年12月31日', 'day by 2023-12-31'],
    ['即日起至3月31日', 'day by 2020-03-31'],
    ['从即日起至6月底', 'day by 2020-06-30 (month end)'],
  ])('%s → %s', (text, expected) => expect(summary(text)).toBe(expected));
});

describe('parseDeadline: deadlines opened by 到/于/在, weekdays and clock times dropped', () => {
  it.each([
    ['到2025年底前', 'day by 2025-12-31 (year end)'],
    ['到2019年6月底', 'day by 2019-06-30 (month end)'],
    ['于2024年7月30日(星期二)前', 'day by 2024-07-30'],
    ['于2024年7月30日（星期二）前', 'day by 2024-07-30'],
    ['于4月17日报送', 'day by 2020-04-17'],
    ['在6月5日前', 'day by 2020-06-05'],
    ['不晚于6月5日', 'day by 2020-06-05'],
    ['以3月15日为时间节点', 'day by 2020-03-15'],
    ['2023年10月17日17:00前', 'day by 2023-10-17'],
    ['3月24日下午5:00前', 'day by 2020-03-24'],
    ['2014年12月5日(星期五)上午9:30', 'day on 2014-12-05'],
    ['2016年9月30日上午8:40-11:30', 'day on 2016-09-30'],
    ['三月四日上午8:30至10:00', 'day on 2020-03-04'],
    ['2025年7月26日早上7点20到9点20', 'day on 2025-07-26'],
    ['10月9日下午3点半', 'day on 2020-10-09'],
    ['2020年8月16日下午14时-16时', 'day on 2020-08-16'],
    ['2021年10月9日，下午15:00-17:00', 'day on 2021-10-09'],
    ['2020-11-27 15:00:00 至 2020-11-27 17:00:00', 'day on 2020-11-27'],
    ['2020-11-27 15:00:00 至 2020-11-28 17:00:00', 'interval 2020-11-27..2020-11-28'],
    ['2013年11月28日(全天)', 'day on 2013-11-28'],
    ['6月5日周五前', 'day by 2020-06-05'],
  ])('%s → %s', (text, expected) => expect(summary(text)).toBe(expected));

  it('leaves a day and an hour that ran together unread when two splits fit (never a guessed day)', () => {
    // `2020-11-21 5:00` loses its space: 21st at 5 or 2nd at 15.
    expect(summary('2020-11-21 5:00')).toBe('unparsed');
    expect(summary('2020-11-215:00')).toBe('unparsed');
    // `2115`: only the 21st at 15 fits (an hour has two digits at most).
    expect(summary('2020-11-2115:00')).toBe('day on 2020-11-21');
    expect(summary('2020-11-2715:00')).toBe('day on 2020-11-27');
  });
});

describe('parseDeadline: other separators, dotted months, bare numbers', () => {
  it.each([
    ['6月6日---9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日--9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日～9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日〜9月30日', 'interval 2020-06-06..2020-09-30'],
    ['6月6日~9月30日', 'interval 2020-06-06..2020-09-30'],
    ['2005.1—4', 'interval 2005-01-01..2005-04-30 months 1,2,3,4'],
    ['2005.5—2006.6', 'interval 2005-05-01..2006-06-30'],
    ['2006.9—12', 'interval 2006-09-01..2006-12-31 months 9,10,11,12'],
    ['2006.9—3', 'interval 2006-09-01..2007-03-31'],
    ['2020.6.1-6.30', 'interval 2020-06-01..2020-06-30'],
    ['2019年1至5月', 'interval 2019-01-01..2019-05-31 months 1,2,3,4,5'],
    ['2018年—2020年', 'interval 2018-01-01..2020-12-31'],
    ['2015—2017年度', 'interval 2015-01-01..2017-12-31'],
    ['2018-2020年', 'interval 2018-01-01..2020-12-31'],
    ['2022年9月26-30日', 'interval 2022-09-26..2022-09-30'],
    ['2012年元月至2012年7月', 'interval 2012-01-01..2012-07-31 months 1,2,3,4,5,6,7'],
    ['三月一日及三月二日上午8:00', 'interval 2020-03-01..2020-03-02'],
    ['2015年3月期间', 'interval 2015-03-01..2015-03-31 months 3'],
    ['2023720日下午15:00-16:30', 'day on 2023-07-20'],
    ['2025年731日下午17:00', 'day on 2025-07-31'],
  ])('%s → %s', (text, expected) => expect(summary(text)).toBe(expected));

  it.each([
    '3月1日、15日', // two days, not a fortnight
    '2020年112日', // January 12th or November 2nd
    '720日', // no year in front: may be a count of days
    '2018-2020', // two numbers
    '国庆节', // the day, or the holiday week?
    '国庆节期间',
  ])('%j stays unread', (text) => expect(summary(text)).toBe('unparsed'));
});

describe('parseDeadline: a month or year end is a due date, X起 is ongoing', () => {
  it.each([
    ['6月底', 'day by 2020-06-30 (month end)'],
    ['9月底', 'day by 2020-09-30 (month end)'],
    ['2023年底', 'day by 2023-12-31 (year end)'],
    ['国庆节前', 'day by 2020-09-30'],
    ['2013年国庆节前', 'day by 2013-09-30'],
    ['2022年10月起', 'ongoing since 2022-10-01..'],
    ['于11月7日起', 'ongoing since 2020-11-07..'],
    ['12月初开始', 'ongoing since 2020-12-01..'],
    ['今年以來', 'ongoing since 2020-01-01..'],
    ['2028年及以后', 'ongoing since 2028-01-01..'],
    ['持续推进', 'ongoing indefinite'],
    ['常态化推进', 'ongoing indefinite'],
    ['长期坚持', 'ongoing indefinite'],
    ['持续开展', 'ongoing indefinite'],
    ['2017年度', 'ongoing year 2017-01-01..2017-12-31'],
  ])('%s → %s', (text, expected) => expect(summary(text)).toBe(expected));

  it('marks a named year (2017年度) apart from work all year round (全年)', () => {
    expect(parseDeadline('2017年度', { year: 2017 })).toMatchObject({ kind: 'ongoing', named: true });
    expect(parseDeadline('全年', { year: 2017 })).not.toHaveProperty('named');
  });
});

describe('parseDeadline: recurrences with their day', () => {
  it.each([
    ['每半月', 'recurrence half-month any'],
    ['每季度末', 'recurrence quarter on last'],
    ['每月末', 'recurrence month on last'],
    ['每月底前', 'recurrence month by last'],
    ['每个月的第一个星期六', 'recurrence month on nth 1 weekday 6'],
    ['每周五', 'recurrence week on weekday 5'],
    ['每周星期四', 'recurrence week on weekday 4'],
    ['每周日', 'recurrence week on weekday 7'],
    ['每周一通报一上报', 'recurrence week any detail 1通报1'],
    ['每月至少开展4场', 'recurrence month any detail 至少开展4场'],
    ['2021年每月5日前', 'recurrence month by day 5 2021-01-01..2021-12-31'],
    ['3月起每周六', 'recurrence week on weekday 6 2020-03-01..'],
  ])('%s → %s', (text, expected) => expect(summary(text)).toBe(expected));
});

describe('parseDeadline: counts of days and working days', () => {
  it.each([
    ['在45个工作日内', 'relative 45 workday'],
    ['不得超过15个工作日', 'relative 15 workday'],
    ['3-5个工作日', 'relative 3-5 workday'],
    ['工作或活动结束2天内', 'relative 2 day after 工作或活动结束'],
    ['从公示之日起一周内', 'relative 1 week after 公示'],
    ['一个星期内', 'relative 1 week'],
    ['不超过3天', 'relative 3 day'],
  ])('%s → %s', (text, expected) => expect(summary(text)).toBe(expected));
});

describe('parseDeadline: milestones', () => {
  it.each(['按照時間節點要求', '按省测评要求', '根据工作进度', '按上级安排', '按时间节点完成', '另行通知'])('%s is a milestone', (text) => {
    expect(summary(text)).toBe('milestone');
  });
});

describe('parseDeadline: a year on one end of a range settles the other by calendar order (issue 12)', () => {
  it.each([
    // year on the end only: the start falls before it
    ['12月1日至2020年1月31日', 2019, 'interval 2019-12-01..2020-01-31'],
    ['12月21日—2013年1月31日', 2012, 'interval 2012-12-21..2013-01-31'],
    ['3月1日至2020年5月31日', 2019, 'interval 2020-03-01..2020-05-31'],
    // year on the start only: the end falls after it
    ['2019年12月1日至1月31日', 2024, 'interval 2019-12-01..2020-01-31'],
    ['2020年12月至1月', 2020, 'interval 2020-12-01..2021-01-31'],
    ['2019年6月6日至9月30日', 2024, 'interval 2019-06-06..2019-09-30'],
    // both ends: as written, and a reversed range is still reported
    ['2019年12月1日至2020年1月31日', 2024, 'interval 2019-12-01..2020-01-31'],
    ['2021年1月至2020年12月', 2020, 'interval 2021-01-01..2020-12-31 reversed'],
    // neither: both in the campaign year, a reversed range is reported, never moved
    ['12月1日至1月31日', 2020, 'interval 2020-12-01..2020-01-31 reversed'],
    ['6月6日至9月30日', 2020, 'interval 2020-06-06..2020-09-30'],
    // 次年: the year after the campaign year, or after the year written on the start
    ['12月1日至次年1月31日', 2020, 'interval 2020-12-01..2021-01-31'],
    ['10月至次年3月', 2020, 'interval 2020-10-01..2021-03-31'],
    ['2020年12月至次年2月', 2024, 'interval 2020-12-01..2021-02-28'],
    ['次年1月至3月', 2020, 'interval 2021-01-01..2021-03-31 months 1,2,3'],
  ])('%s in a %i notice → %s', (text, year, expected) => expect(summary(text, year)).toBe(expected));

  it('orders the ends without any campaign year too', () => {
    const yearless = (text: string) => summarizeDeadline(parseDeadline(text));
    expect(yearless('12月1日至2020年1月31日')).toBe('interval 2019-12-01..2020-01-31');
    expect(yearless('10月至次年3月')).toBe('interval ????-10-01..????-03-31');
    expect(yearless('次年1月至3月')).toBe('interval ????-01-01..????-03-31 months 1,2,3');
    expect(yearless('12月1日至1月31日')).toBe('interval ????-12-01..????-01-31 reversed');
  });
});

describe('parseDeadline: number cells', () => {
  it('never reads a fraction as a month (2020.1 may have been typed 2020.10)', () => {
    expect(summary(2020.1 as unknown as string)).toBe('unparsed');
    expect(summary('2020.10')).toBe('interval 2020-10-01..2020-10-31 months 10');
  });
});
