import type { Settings } from '../settings';
import { checkDeadline } from './checkDeadline';
import { parseDeadline } from './parseDeadline';

const seed000: Settings = { year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27' };
const at = { sheet: '附件1', cell: 'F3' };
const codes = (text: string, settings: Settings = seed000) =>
  checkDeadline(parseDeadline(text, { year: settings.year }), at, settings).map((f) => f.code);

describe('checkDeadline: which codes', () => {
  it.each([
    // clean
    ['2020年6月30日前', []],
    ['6月6日至9月30日', []],
    ['10月至12月上旬', []],
    ['12月中下旬', []],
    ['10月底前完成', []],
    ['全年', []],
    ['长期', []],
    ['按时间节点', []],
    ['每月5日前', []],
    ['5个工作日内', []],
    // each code
    ['见附件', ['DATE_UNPARSED']],
    ['6月31日', ['DATE_NONEXISTENT']],
    ['9月30日至6月6日', ['DATE_RANGE_REVERSED']],
    ['2021年1月8日前', ['DATE_OUTSIDE_PERIOD']],
    ['2021年1月10日前', ['DATE_OUTSIDE_PERIOD', 'DATE_ON_HOLIDAY']],
    ['4月6日至6月30日', ['DATE_OUTSIDE_PERIOD']],
    ['5月20日前', ['DATE_BEFORE_ISSUE']],
    ['4月30日前', ['DATE_OUTSIDE_PERIOD', 'DATE_BEFORE_ISSUE']],
    ['2020年10月1日前', ['DATE_ON_HOLIDAY']],
    ['2020年8月30日前', ['DATE_ON_HOLIDAY']],
    // look-alikes: a make-up workday is a working day; a month's end is not moved
    ['2020年9月27日前', []],
    ['2020年10月10日', []],
    ['10月31日前', ['DATE_ON_HOLIDAY']],
    ['10月底前', []],
  ])('%s → %j', (text, expected) => expect(codes(text)).toEqual(expected));

  it('stays quiet where there is no calendar (no year)', () => {
    expect(codes('6月5日前', {})).toEqual([]);
    expect(codes('6月31日', {})).toEqual(['DATE_NONEXISTENT']);
    expect(codes('', {})).toEqual([]);
  });

  it.each([
    ['2020-06-20', '2020年6月30日前', []],
    ['2020-06-23', '2020年6月30日前', ['DATE_DUE_SOON']],
    ['2020-06-30', '2020年6月30日前', ['DATE_DUE_SOON']],
    ['2020-07-01', '2020年6月30日前', ['DATE_OVERDUE']],
    ['2020-09-25', '6月6日至9月30日', ['DATE_DUE_SOON']],
    ['2026-11-21', '6月6日至9月30日', ['DATE_OVERDUE']],
    ['2026-11-21', '长期', []],
  ])('today %s: %s → %j', (today, text, expected) => {
    expect(codes(text, { year: 2020, today })).toEqual(expected);
  });

  it('uses settings.dueSoonDays', () => {
    expect(codes('2020年6月30日前', { year: 2020, today: '2020-06-20', dueSoonDays: 3 })).toEqual([]);
    expect(codes('2020年6月30日前', { year: 2020, today: '2020-06-27', dueSoonDays: 3 })).toEqual(['DATE_DUE_SOON']);
  });

  it('warns when a year has no holiday data', () => {
    expect(codes('2100年10月1日前', {})).toEqual(['DATE_YEAR_UNSUPPORTED']);
    expect(codes('2100年10月2日前', {})).toEqual(['DATE_YEAR_UNSUPPORTED', 'DATE_ON_HOLIDAY']);
  });
});

describe('checkDeadline: findings', () => {
  const check = (text: string, settings: Settings = seed000) => checkDeadline(parseDeadline(text, { year: settings.year }), at, settings);

  it('DATE_NONEXISTENT and DATE_RANGE_REVERSED', () => {
    expect([...check('6月31日'), ...check('2021年2月29日'), ...check('9月30日至6月6日')]).toMatchInlineSnapshot(`
[
  {
    "cell": "F3",
    "code": "DATE_NONEXISTENT",
    "message": "日期“6月31日”不存在",
    "params": {
      "day": 31,
      "days": 30,
      "month": 6,
      "text": "6月31日",
    },
    "severity": "error",
    "sheet": "附件1",
    "suggestion": "6月只有30天",
  },
  {
    "cell": "F3",
    "code": "DATE_NONEXISTENT",
    "message": "日期“2021年2月29日”不存在",
    "params": {
      "day": 29,
      "days": 28,
      "month": 2,
      "text": "2021年2月29日",
    },
    "severity": "error",
    "sheet": "附件1",
    "suggestion": "2月只有28天",
  },
  {
    "cell": "F3",
    "code": "DATE_RANGE_REVERSED",
    "message": "时间段“9月30日至6月6日”的开始晚于结束",
    "params": {
      "text": "9月30日至6月6日",
    },
    "severity": "error",
    "sheet": "附件1",
    "suggestion": "请检查起止日期的顺序",
  },
]
`);
  });

  it('DATE_UNPARSED', () => {
    expect(check('见附件')).toMatchInlineSnapshot(`
[
  {
    "cell": "F3",
    "code": "DATE_UNPARSED",
    "message": "无法识别的时间写法“见附件”",
    "params": {
      "text": "见附件",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "可写作“6月30日前”“10月至12月上旬”“全年”等",
  },
]
`);
  });

  it('DATE_OUTSIDE_PERIOD and DATE_BEFORE_ISSUE', () => {
    expect([...check('4月6日至6月30日'), ...check('5月20日前')]).toMatchInlineSnapshot(`
[
  {
    "cell": "F3",
    "code": "DATE_OUTSIDE_PERIOD",
    "message": "时限“4月6日至6月30日”（2020年4月6日至6月30日）不在活动期间 2020年5月1日至12月31日 内",
    "params": {
      "date": "2020年4月6日至6月30日",
      "period": "2020年5月1日至12月31日",
      "text": "4月6日至6月30日",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请核对时限或活动期间设置",
  },
  {
    "cell": "F3",
    "code": "DATE_BEFORE_ISSUE",
    "message": "时限“5月20日前”（2020年5月20日前）早于发文日期 2020年5月27日",
    "params": {
      "date": "2020年5月20日前",
      "issued": "2020年5月27日",
      "text": "5月20日前",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请核对年份或时限",
  },
]
`);
  });

  it('DATE_ON_HOLIDAY on National Day suggests the last workday before it', () => {
    expect(check('2020年10月1日前')).toMatchInlineSnapshot(`
[
  {
    "cell": "F3",
    "code": "DATE_ON_HOLIDAY",
    "message": "时限“2020年10月1日前”（2020年10月1日）是法定节假日或休息日（国庆节）",
    "params": {
      "date": "2020年10月1日",
      "holiday": "国庆节",
      "iso": "2020-10-01",
      "text": "2020年10月1日前",
      "workday": "2020年9月30日（星期三）",
      "workdayIso": "2020-09-30",
    },
    "severity": "info",
    "sheet": "附件1",
    "suggestion": "可考虑提前到最近的工作日 2020年9月30日（星期三）",
  },
]
`);
  });

  it('DATE_OVERDUE and DATE_DUE_SOON', () => {
    expect([
      ...check('2020年7月30日前', { year: 2020, today: '2020-08-03' }),
      ...check('2020年7月30日前', { year: 2020, today: '2020-07-27' }),
    ]).toMatchInlineSnapshot(`
[
  {
    "cell": "F3",
    "code": "DATE_OVERDUE",
    "message": "时限“2020年7月30日前”已于 2020年7月30日 到期（今天 2020年8月3日）",
    "params": {
      "date": "2020年7月30日",
      "text": "2020年7月30日前",
      "today": "2020年8月3日",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请确认任务是否已完成",
  },
  {
    "cell": "F3",
    "code": "DATE_DUE_SOON",
    "message": "时限“2020年7月30日前”将于 2020年7月30日 到期，还有 3 天",
    "params": {
      "date": "2020年7月30日",
      "days": 3,
      "text": "2020年7月30日前",
    },
    "severity": "info",
    "sheet": "附件1",
    "suggestion": "请提醒责任人",
  },
]
`);
  });

  it('DATE_YEAR_UNSUPPORTED', () => {
    expect(check('2100年10月1日前', {})).toMatchInlineSnapshot(`
[
  {
    "cell": "F3",
    "code": "DATE_YEAR_UNSUPPORTED",
    "message": "2100 年的法定节假日数据缺失，工作日按周一至周五计算",
    "params": {
      "year": 2100,
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "结果可能与实际调休安排不符，请人工核对",
  },
]
`);
  });
});
