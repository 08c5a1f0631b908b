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

/**
 * Traditional characters of the grammar's words and their simplified forms, folded
 * before matching: notices from Hong Kong-hosted sites and converted pages write
 * `今年以來`, `按照時間節點要求`.
 */
export const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
  '來': '来', '時': '时', '間': '间', '節': '节', '點': '点', '週': '周', '個': '个', '後': '后', '內': '内',
  '開': '开', '續': '续', '長': '长', '態': '态', '與': '与', '為': '为', '進': '进', '號': '号', '於': '于',
  '從': '从', '兩': '两', '報': '报', '會': '会', '統': '统', '屆': '届', '終': '终', '結': '结', '實': '实',
  '據': '据', '級': '级',
};

/** Month names that are not numbers: `2012年元月至2012年7月`. Lunar months (正月, 腊月) are not Gregorian and stay unread. */
export const MONTH_NAMES: Readonly<Record<string, number>> = { '元月': 1 };

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

/**
 * Festivals on a fixed Gregorian day, read only as `X前` (`国庆节前` → by Sep 30):
 * `国庆节` alone may mean the whole holiday week, and `元旦前` may mean either
 * New Year, so neither is read. Lunar festivals (春节, 中秋) move and are not listed.
 */
export const FIXED_FESTIVALS: readonly { readonly word: string; readonly month: number; readonly day: number }[] = [
  { word: '国庆节', month: 10, day: 1 }, { word: '国庆', month: 10, day: 1 },
  { word: '劳动节', month: 5, day: 1 }, { word: '国际劳动节', month: 5, day: 1 },
  { word: '青年节', month: 5, day: 4 }, { word: '儿童节', month: 6, day: 1 },
  { word: '建党节', month: 7, day: 1 }, { word: '建军节', month: 8, day: 1 },
  { word: '教师节', month: 9, day: 10 }, { word: '妇女节', month: 3, day: 8 },
  { word: '植树节', month: 3, day: 12 }, { word: '学雷锋纪念日', month: 3, day: 5 },
  { word: '国际志愿者日', month: 12, day: 5 }, { word: '国家宪法日', month: 12, day: 4 },
];

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
  { word: '结束', meaning: 'within' },
  // `以3月15日为时间节点`: the day is the due date.
  { word: '为时间节点', meaning: 'within' },
  { word: '为节点', meaning: 'within' },
  { word: '为截止时间', meaning: 'within' },
  { word: '为截止日期', meaning: 'within' },
  { word: '为限', meaning: 'within' },
];

/**
 * Verbs that end a deadline cell (`7月底完成`, `季度收集`); `impliesBy`: the date is a due date.
 * Sending something in (`于4月17日报送`) is due by that day; holding an event (`召开`) happens on it.
 */
export const ACTION_WORDS: readonly { readonly word: string; readonly impliesBy: boolean }[] = [
  { word: '完成', impliesBy: true },
  { word: '办结', impliesBy: true },
  { word: '到位', impliesBy: true },
  { word: '报送', impliesBy: true },
  { word: '上报', impliesBy: true },
  { word: '提交', impliesBy: true },
  { word: '推进', impliesBy: false },
  { word: '实施', impliesBy: false },
  { word: '举行', impliesBy: false },
  { word: '举办', impliesBy: false },
  { word: '印发', impliesBy: false },
  { word: '通报', impliesBy: false },
  { word: '期间', impliesBy: false },
  { word: '收集', impliesBy: false },
  { word: '汇总', impliesBy: false },
  { word: '开展', impliesBy: false },
  { word: '召开', impliesBy: false },
  { word: '进行', impliesBy: false },
  { word: '落实', impliesBy: false },
  { word: '坚持', impliesBy: false },
];

/**
 * Words before a date: `截至6月30日`, `到2019年6月底`, `不晚于…` and `即日起至3月31日`
 * (from now until) make it a due date; `于`, `在`, `从`, `自` and `以` add nothing.
 */
export const LEADING_WORDS: readonly { readonly word: string; readonly impliesBy: boolean }[] = [
  ...['从即日起至', '自即日起至', '即日起至', '即日起到', '即日至', '即日起—', '即日起-', '从现在起至', '现在起至', '今起至'].map((word) => ({ word, impliesBy: true })),
  { word: '截止到', impliesBy: true },
  { word: '截至到', impliesBy: true },
  { word: '截至', impliesBy: true },
  { word: '截止', impliesBy: true },
  { word: '不晚于', impliesBy: true },
  { word: '最迟于', impliesBy: true },
  { word: '最晚于', impliesBy: true },
  { word: '到', impliesBy: true },
  { word: '自从', impliesBy: false },
  { word: '从', impliesBy: false },
  { word: '自', impliesBy: false },
  { word: '于', impliesBy: false },
  { word: '在', impliesBy: false },
  { word: '以', impliesBy: false },
];

/** A label before a colon that is not part of the date: `完成时限：2020年6月30日前`. */
export const LABEL_ENDINGS: readonly string[] = ['时限', '时间', '日期', '期限', '节点'];

/** Labels that introduce a deadline in a notice's prose: `完成时限：2020年6月30日前`. */
export const DEADLINE_LABELS: readonly string[] = ['完成时限', '完成时间', '办结时限', '时限要求', '时限', '截止时间', '截止日期', '报送时间'];

/**
 * Headings and labels under which a notice states its campaign period: `二、时间安排` with
 * `2020年5月至12月。…` on the next line, `活动时间：2021年3月至11月`, `实施期限为2024年全年`.
 */
export const PERIOD_LABELS: readonly string[] = [
  '时间安排', '活动时间', '活动期间', '活动时限', '实施时间', '实施期间', '实施期限', '开展时间', '创建时间', '创建期间', '工作时间安排', '时间范围',
];

/**
 * Between the two ends of a range: `6月6日至9月30日`, `4月下旬—5月上旬`, `7-8月`, `2005.1---4`,
 * `从5月初起到6月25日` (`起到`). `～` arrives as `~` (NFKC); the wave dash `〜` does not fold.
 */
export const RANGE_SEPARATORS: readonly string[] = ['起至', '起到', '——', '---', '--', '至', '到', '—', '–', '―', '〜', '~', '-'];

/** Between months of a list: `7、8月份`. */
export const MONTH_LIST_SEPARATORS: readonly string[] = ['、', ',', '和', '及', '与'];

/** Day marks after the number: `30日`, `30号`. */
export const DAY_MARKS: readonly string[] = ['日', '号'];

/** `2023年7月至今`, `2021年以来`, `从7月份开始`: ongoing from a start. */
export const SINCE_PREFIXES: readonly string[] = ['自从', '从', '自', '于', '在'];
export const SINCE_SUFFIXES: readonly string[] = ['至今', '以来', '开始', '起', '及以后', '以后'];

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
  { word: '长期性', scope: 'indefinite' },
  { word: '常态长效', scope: 'indefinite' },
  { word: '持之以恒', scope: 'indefinite' },
  { word: '常抓不懈', scope: 'indefinite' },
  { word: '贯穿全年', scope: 'year' },
  { word: '经常', scope: 'indefinite' },
  { word: '经常性', scope: 'indefinite' },
  { word: '日常', scope: 'indefinite' },
];

/** Phrases that defer to milestones set elsewhere (`按时间节点`), matched whole. */
export const MILESTONE_WORDS: readonly string[] = ['另行通知', '待定', '适时', '视情况而定', '根据需要'];

/**
 * Milestones as a small grammar: a lead, up to eight characters of whose, and what is
 * followed: `按时间节点`, `按照时间节点要求`, `按省测评要求`, `根据工作进度`, `按上级安排`.
 */
export const MILESTONE_LEADS: readonly string[] = ['按照', '按', '根据', '依据', '依照', '参照'];
export const MILESTONE_TARGETS: readonly string[] = ['时间节点', '节点', '要求', '进度', '安排', '部署', '规定时间', '通知'];

/** Recurrence words at the start of a phrase (`每月5日前`, `季度收集`, `半年收集`). */
export const RECURRENCE_WORDS: readonly { readonly word: string; readonly every: RecurrenceUnit }[] = [
  { word: '每天', every: 'day' }, { word: '每日', every: 'day' },
  { word: '每周', every: 'week' }, { word: '每星期', every: 'week' }, { word: '每个星期', every: 'week' }, { word: '按周', every: 'week' },
  { word: '每半月', every: 'half-month' }, { word: '每半个月', every: 'half-month' }, { word: '半月', every: 'half-month' },
  { word: '每月', every: 'month' }, { word: '每个月', every: 'month' }, { word: '按月', every: 'month' }, { word: '月度', every: 'month' },
  { word: '每季度', every: 'quarter' }, { word: '每个季度', every: 'quarter' }, { word: '每季', every: 'quarter' }, { word: '按季度', every: 'quarter' }, { word: '季度', every: 'quarter' },
  { word: '每半年', every: 'half-year' }, { word: '半年度', every: 'half-year' }, { word: '半年', every: 'half-year' },
  { word: '每年度', every: 'year' }, { word: '每年', every: 'year' }, { word: '按年', every: 'year' }, { word: '年度', every: 'year' },
];

/** Names of the days of the week after `星期`, `周` or `礼拜` (numerals already folded): 1 = Monday … 7 = Sunday. */
export const WEEKDAY_MARKS: readonly string[] = ['星期', '礼拜', '周'];
export const WEEKDAY_NAMES: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, '日': 7, '天': 7 };

/** The end of each period of a recurrence: `每月末`, `每季度末`, `每月底前`, `每年年底`. */
export const PERIOD_END_WORDS: readonly string[] = ['末', '底', '月末', '月底', '季末', '季度末', '年末', '年底', '最后1天', '最后1日'];

/**
 * Times of day, dropped with the clock that follows them: a deadline is a day
 * (`2023年10月17日17:00前` → by Oct 17, `2014年12月5日(星期五)上午9:30` → Dec 5).
 */
export const TIME_OF_DAY_WORDS: readonly string[] = [
  '上午', '下午', '中午', '晚上', '早上', '早晨', '清晨', '凌晨', '傍晚', '晚间', '夜间', '白天', '全天', '全日',
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

/** Events that need no joiner: `工作或活动结束2天内`. */
export const RELATIVE_EVENT_ENDINGS: readonly string[] = ['结束', '完成'];

/**
 * Words that cap a count without changing it (`不得超过15个工作日`, `在45个工作日内`):
 * 不超过 N allows N itself (民法典 第1259条: only 超过 on its own excludes the number).
 */
export const RELATIVE_LIMIT_WORDS: readonly string[] = ['原则上不超过', '最长不超过', '不得超过', '不超过', '最多', '须在', '应在', '要在', '在', '于'];
