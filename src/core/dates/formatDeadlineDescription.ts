import type { Cadence, DeadlineDescription } from './describeDeadline';

const CADENCE_ZH: Readonly<Record<Cadence, string>> = {
  day: '每天', week: '每周', 'half-month': '每半月', month: '每月', quarter: '每季度', 'half-year': '每半年', year: '每年',
};
const PERIOD_END_ZH: Readonly<Record<Cadence, string>> = {
  day: '', week: '', 'half-month': '半月末', month: '月末', quarter: '季末', 'half-year': '半年末', year: '年末',
};
const WEEKDAY_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;
const UNIT_ZH = { day: '天', workday: '个工作日', month: '个月' } as const;

/** When in each period: `5日`, `星期五`, `月末`, `第1个星期六`, `9月5日`. */
function recurringDay(d: DeadlineDescription, cadence: Cadence): string {
  const month = d.month === undefined ? '' : `${d.month}月`;
  if (d.day === undefined) return month;
  if (d.day === 'last') return PERIOD_END_ZH[cadence];
  if (typeof d.day === 'string') {
    const [weekday, nth] = d.day.split('#').map(Number);
    return `第${nth}个${WEEKDAY_ZH[weekday]}`;
  }
  return cadence === 'week' ? WEEKDAY_ZH[d.day] : `${month}${d.day}日`;
}

function bounds(start: string | null, end: string | null): string {
  if (start && end) return `，${start} 至 ${end}`;
  if (start) return `，自 ${start} 起`;
  return end ? `，至 ${end}` : '';
}

/** What a phrase is, for a phrase that needs a year it was not given. */
const KIND_ZH: Readonly<Record<DeadlineDescription['kind'], string>> = {
  day: '当天', by: '截止', interval: '区间', recurring: '周期', relative: '相对', ongoing: '持续', milestone: '按节点', unparsed: '无法识别',
};

/**
 * How a phrase was read, in one line of Chinese for people (the `wenming deadline`
 * command; the pane may show the same): `区间 2024-10-01 至 2024-12-10`,
 * `截止 2024-06-05`, `周期 每月 5日前`, `相对 5 个工作日`, `无法识别：日期不存在`.
 *
 * @example formatDeadlineDescription(describeDeadline(parseDeadline('10月至12月上旬', { year: 2024 })))
 * // '区间 2024-10-01 至 2024-12-10'
 */
export function formatDeadlineDescription(d: DeadlineDescription): string {
  if (d.reason === 'no-year') return `${KIND_ZH[d.kind]}（没有年份，无法落到日历上：请指定年份）`;
  switch (d.kind) {
    case 'day': return `当天 ${d.start}`;
    case 'by': return `截止 ${d.end}`;
    case 'interval': return `区间 ${d.start} 至 ${d.end}${d.reversed ? '（起止颠倒）' : ''}`;
    case 'ongoing':
      if (d.start && d.end) return `持续 ${d.start} 至 ${d.end}`;
      return d.start ? `持续 自 ${d.start} 起` : '持续（无截止日期）';
    case 'milestone': return '按节点（日期另定）';
    case 'recurring': {
      const cadence = d.cadence ?? 'month';
      const day = recurringDay(d, cadence);
      return `周期 ${CADENCE_ZH[cadence]}${day === '' ? '' : ` ${day}`}${bounds(d.start, d.end)}`;
    }
    case 'relative': return `相对 ${d.amount ?? '?'} ${UNIT_ZH[d.unit ?? 'day']}`;
    case 'unparsed': return d.reason === 'nonexistent-day' ? '无法识别：日期不存在' : '无法识别';
  }
}
