import type { RecurrenceUnit, RelativeUnit } from './deadline';

/**
 * The words of the deadline grammar, as data (STYLE: rules are typed tables).
 * A city that writes `月中` or `季末` differently adds a row here, not code.
 * All words are in the normalised form `parseDeadline` works on: NFKC
 * (full-width digits and brackets folded), no white space, Chinese numerals
 * already turned into Arabic digits (`十二月` → `12月`).
 */

/** Chinese numeral characters and their digits; `○` (U+25CB) and the letter O are typed for 〇 in many notices. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '○': 0, O: 0, o: 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** The tens character: `三十一` = 3 × 10 + 1, `十二` = 10 + 2. */
export const CHINESE_TEN = '十';

/** Where in a month: `end` is the month's last day (28–31). */
export type DayOfMonth = number | 'end';

/** Parts of a month, 旬 and their cousins (`10月至12月上旬` ends on Dec 10). */
export interface MonthPart {
  readonly word: string;
  readonly from: DayOfMonth;
  readonly to: DayOfMonth;
  /** True when the word names the month's end (`底`, `末`): the result is a `periodEnd` day. */
  readonly periodEnd?: boolean;
}

export const MONTH_PARTS: readonly MonthPart[] = [
  { word: '上旬', from: 1, to: 10 },
  { word: '中旬', from: 11, to: 20 },
  { word: '下旬', from: 21, to: 'end' },
  { word: '上中旬', from: 1, to: 20 },
  { word: '中下旬', from: 11, to: 'end' },
  { word: '上半月', from: 1, to: 15 },
  { word: '下半月', from: 16, to: 'end' },
  // `6月初` reads as the first 旬, `6月中` as the middle one.
  { word: '初', from: 1, to: 10 },
  { word: '中', from: 11, to: 20 },
  { word: '底', from: 'end', to: 'end', periodEnd: true },
  { word: '末', from: 'end', to: 'end', periodEnd: true },
];

/**
 * Parts of a year, written after `年` (`年底前完成`, `2020年初`). Months 1–12.
 * `年内` needs no row: it is `年` (the whole year) with the suffix `内`.
 */
export interface YearPart {
  readonly word: string;
  readonly from: { readonly month: number; readonly day: DayOfMonth };
  readonly to: { readonly month: number; readonly day: DayOfMonth };
  readonly periodEnd?: boolean;
}

export const YEAR_PARTS: readonly YearPart[] = [
  { word: '底', from: { month: 12, day: 'end' }, to: { month: 12, day: 'end' }, periodEnd: true },
  { word: '末', from: { month: 12, day: 'end' }, to: { month: 12, day: 'end' }, periodEnd: true },
  { word: '初', from: { month: 1, day: 1 }, to: { month: 1, day: 'end' } },
  { word: '上半年', from: { month: 1, day: 1 }, to: { month: 6, day: 'end' } },
  { word: '下半年', from: { month: 7, day: 1 }, to: { month: 12, day: 'end' } },
];

/** Quarters (`1季度`, `第3季度`): first and last month. */
export const QUARTER_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
  1: [1, 3], 2: [4, 6], 3: [7, 9], 4: [10, 12],
};

/** Year words before `年`, relative to the campaign year: `次年3月` is March of the next year. */
export const YEAR_WORDS: Readonly<Record<string, number>> = {
  '今': 0, '本': 0, '当': 0, '次': 1, '翌': 1, '明': 1, '来': 1, '去': -1, '上': -1, '前': -2,
};

/**
 * Words after a date that make it a deadline. `before` (`前`, `以前`, `之前`):
 * due on or before a named day (office usage counts `6月30日前` as
 * "by the end of June 30"), and before the start of a named month or year
 * (`9月前` = by Aug 31). `within` (`内`, `以内`, `之内`, `止`): due by the end of
 * what is named; 以内 includes the bound itself (民法典 第1259条).
 */
export const BY_SUFFIXES: readonly { readonly word: string; readonly meaning: 'before' | 'within' }[] = [
  { word: '以前', meaning: 'before' },
  { word: '之前', meaning: 'before' },
  { word: '前', meaning: 'before' },
  { word: '以内', meaning: 'within' },
  { word: '之内', meaning: 'within' },
  { word: '内', meaning: 'within' },
  { word: '为止', meaning: 'within' },
  { word: '截止', meaning: 'within' },
  { word: '止', meaning: 'within' },
];

/** Verbs that end a deadline cell (`7月底完成`, `季度收集`); `impliesBy`: the date is a due date. */
export const ACTION_WORDS: readonly { readonly word: string; readonly impliesBy: boolean }[] = [
  { word: '完成', impliesBy: true },
  { word: '办结', impliesBy: true },
  { word: '到位', impliesBy: true },
  { word: '报送', impliesBy: false },
  { word: '上报', impliesBy: false },
  { word: '提交', impliesBy: false },
  { word: '收集', impliesBy: false },
  { word: '汇总', impliesBy: false },
  { word: '开展', impliesBy: false },
  { word: '召开', impliesBy: false },
  { word: '进行', impliesBy: false },
  { word: '落实', impliesBy: false },
  { word: '坚持', impliesBy: false },
];

/** Words before a date: `截至6月30日` is a due date; `于`/`在` add nothing. */
export const LEADING_WORDS: readonly { readonly word: string; readonly impliesBy: boolean }[] = [
  { word: '截止到', impliesBy: true },
  { word: '截至', impliesBy: true },
  { word: '截止', impliesBy: true },
  { word: '于', impliesBy: false },
  { word: '在', impliesBy: false },
];

/** A label before a colon that is not part of the date: `完成时限：2020年6月30日前`. */
export const LABEL_ENDINGS: readonly string[] = ['时限', '时间', '日期', '期限', '节点'];

/** Labels that introduce a deadline in a notice's prose: `完成时限：2020年6月30日前`. */
export const DEADLINE_LABELS: readonly string[] = ['完成时限', '完成时间', '办结时限', '时限要求', '时限', '截止时间', '截止日期', '报送时间'];

/** Between the two ends of a range: `6月6日至9月30日`, `4月下旬—5月上旬`, `7-8月`. */
export const RANGE_SEPARATORS: readonly string[] = ['——', '至', '到', '—', '–', '―', '~', '-'];

/** Between months of a list: `7、8月份`. */
export const MONTH_LIST_SEPARATORS: readonly string[] = ['、', ',', '和', '及', '与'];

/** Day marks after the number: `30日`, `30号`. */
export const DAY_MARKS: readonly string[] = ['日', '号'];

/** `2023年7月至今`, `2021年以来`, `从7月份开始`: ongoing from a start. */
export const SINCE_PREFIXES: readonly string[] = ['从', '自'];
export const SINCE_SUFFIXES: readonly string[] = ['至今', '以来', '开始', '起'];

/** Phrases with no end: `全年` covers the campaign year; `长期` and `常态化` have no date at all. */
export const ONGOING_WORDS: readonly { readonly word: string; readonly scope: 'year' | 'indefinite' }[] = [
  { word: '全年', scope: 'year' },
  { word: '全年度', scope: 'year' },
  { word: '长期', scope: 'indefinite' },
  { word: '常态化', scope: 'indefinite' },
  { word: '常态', scope: 'indefinite' },
  { word: '长效', scope: 'indefinite' },
  { word: '长效化', scope: 'indefinite' },
  { word: '持续', scope: 'indefinite' },
  { word: '经常', scope: 'indefinite' },
  { word: '经常性', scope: 'indefinite' },
  { word: '日常', scope: 'indefinite' },
];

/** Phrases that defer to milestones set elsewhere (`按时间节点`). */
export const MILESTONE_WORDS: readonly string[] = [
  '按时间节点', '按照时间节点', '根据时间节点', '按节点', '按要求', '按上级要求', '按规定时间', '另行通知', '待定', '适时',
];

/** Recurrence words at the start of a phrase (`每月5日前`, `季度收集`, `半年收集`). */
export const RECURRENCE_WORDS: readonly { readonly word: string; readonly every: RecurrenceUnit }[] = [
  { word: '每天', every: 'day' }, { word: '每日', every: 'day' },
  { word: '每周', every: 'week' }, { word: '每星期', every: 'week' }, { word: '每个星期', every: 'week' }, { word: '按周', every: 'week' },
  { word: '每月', every: 'month' }, { word: '每个月', every: 'month' }, { word: '按月', every: 'month' }, { word: '月度', every: 'month' },
  { word: '每季度', every: 'quarter' }, { word: '每个季度', every: 'quarter' }, { word: '每季', every: 'quarter' }, { word: '按季度', every: 'quarter' }, { word: '季度', every: 'quarter' },
  { word: '每半年', every: 'half-year' }, { word: '半年度', every: 'half-year' }, { word: '半年', every: 'half-year' },
  { word: '每年度', every: 'year' }, { word: '每年', every: 'year' }, { word: '按年', every: 'year' }, { word: '年度', every: 'year' },
];

/** Units of a relative deadline (`5个工作日内`, `2天内`). `月` needs `个` (`3个月内`): bare `3月内` is March. */
export const RELATIVE_UNITS: readonly { readonly word: string; readonly unit: RelativeUnit }[] = [
  { word: '个工作日', unit: 'workday' }, { word: '工作日', unit: 'workday' },
  { word: '个星期', unit: 'week' }, { word: '星期', unit: 'week' }, { word: '周', unit: 'week' },
  { word: '个月', unit: 'month' },
  { word: '天', unit: 'day' }, { word: '日', unit: 'day' },
];

/** What joins an event to its count: `活动结束后2天内`, `收到通知之日起5个工作日内`. */
export const RELATIVE_ANCHOR_ENDINGS: readonly string[] = ['之日起', '之日后', '以后', '之后', '后', '起'];
