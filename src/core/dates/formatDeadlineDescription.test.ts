import { describeDeadline } from './describeDeadline';
import { formatDeadlineDescription } from './formatDeadlineDescription';
import { parseDeadline } from './parseDeadline';

const line = (text: string, year?: number) => formatDeadlineDescription(describeDeadline(parseDeadline(text, { year })));

describe('formatDeadlineDescription', () => {
  it.each([
    ['2024年10月17日', '当天 2024-10-17'],
    ['6月5日前', '截止 2024-06-05'],
    ['10月至12月上旬', '区间 2024-10-01 至 2024-12-10'],
    ['9月30日至6月6日', '区间 2024-09-30 至 2024-06-06（起止颠倒）'],
    ['全年', '持续 2024-01-01 至 2024-12-31'],
    ['2023年7月至今', '持续 自 2023-07-01 起'],
    ['长期', '持续（无截止日期）'],
    ['按时间节点', '按节点（日期另定）'],
    ['每月5日前', '周期 每月 5日'],
    ['每周五', '周期 每周 星期五'],
    ['每季度末', '周期 每季度 季末'],
    ['每个月的第一个星期六', '周期 每月 第1个星期六'],
    ['每年3月15日', '周期 每年 3月15日'],
    ['每半月', '周期 每半月'],
    ['2021年每月5日前', '周期 每月 5日，2021-01-01 至 2021-12-31'],
    ['3月起每周六', '周期 每周 星期六，自 2024-03-01 起'],
    ['5个工作日内', '相对 5 个工作日'],
    ['一周内', '相对 7 天'],
    ['1个月内', '相对 1 个月'],
    ['6月31日', '无法识别：日期不存在'],
    ['见附件', '无法识别'],
  ])('%s → %s', (text, expected) => expect(line(text, 2024)).toBe(expected));

  it('says when the phrase needs a year', () => {
    expect(line('6月5日前')).toBe('截止（没有年份，无法落到日历上：请指定年份）');
  });
});
