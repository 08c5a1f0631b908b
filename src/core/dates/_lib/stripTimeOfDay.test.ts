import { normalizeDeadlineText } from './normalizeDeadlineText';
import { stripTimeOfDay } from './stripTimeOfDay';

describe('stripTimeOfDay', () => {
  it.each([
    ['2023年10月17日17:00前', '2023年10月17日前'],
    ['2014年12月5日(星期五)上午9:30', '2014年12月5日'],
    ['2015年3月9日下午(周一)', '2015年3月9日'],
    ['2013年11月28日(全天)', '2013年11月28日'],
    ['三月四日上午8:30至10:00', '3月4日'],
    ['2025年7月26日早上7点20到9点20', '2025年7月26日'],
    ['10月9日下午3点半', '10月9日'],
    ['2020年8月16日下午14时-16时', '2020年8月16日'],
    ['2021年10月9日，下午15:00-17:00', '2021年10月9日'],
    ['八月十六号19:00-21:00', '8月16号'],
    ['2020-11-27 15:00:00 至 2020-11-27 17:00:00', '2020-11-27至2020-11-27'],
    ['6月5日周五前', '6月5日前'],
    // Not a day and an hour for sure: left alone, so the phrase stays unread.
    ['2020-11-21 5:00', '2020-11-215:00'],
    // Weekdays of a recurrence are its meaning, not noise.
    ['每周五', '每周5'],
    ['每个月的第一个星期六', '每个月的第1个星期6'],
    ['6月6日至9月30日', '6月6日至9月30日'],
  ])('%j → %j', (input, output) => expect(stripTimeOfDay(normalizeDeadlineText(input))).toBe(output));
});
