import { describeDeadline } from './describeDeadline';
import { parseDeadline } from './parseDeadline';

const describe2024 = (text: string) => describeDeadline(parseDeadline(text, { year: 2024 }));

describe('describeDeadline: the public reading of DOMAIN §7', () => {
  it.each([
    ['2024年10月17日', { kind: 'day', start: '2024-10-17', end: '2024-10-17' }],
    ['6月5日前', { kind: 'by', start: null, end: '2024-06-05' }],
    ['6月底', { kind: 'by', start: null, end: '2024-06-30' }],
    ['10月至12月上旬', { kind: 'interval', start: '2024-10-01', end: '2024-12-10' }],
    ['2017年度', { kind: 'interval', start: '2017-01-01', end: '2017-12-31' }],
    ['全年', { kind: 'ongoing', start: '2024-01-01', end: '2024-12-31' }],
    ['长期坚持', { kind: 'ongoing', start: null, end: null }],
    ['2023年7月至今', { kind: 'ongoing', start: '2023-07-01', end: null }],
    ['按时间节点', { kind: 'milestone', start: null, end: null }],
    ['每月5日前', { kind: 'recurring', start: null, end: null, cadence: 'month', day: 5 }],
    ['每周五', { kind: 'recurring', start: null, end: null, cadence: 'week', day: 5 }],
    ['每季度末', { kind: 'recurring', start: null, end: null, cadence: 'quarter', day: 'last' }],
    ['每个月的第一个星期六', { kind: 'recurring', start: null, end: null, cadence: 'month', day: '6#1' }],
    ['每半月', { kind: 'recurring', start: null, end: null, cadence: 'half-month' }],
    ['每年9月前', { kind: 'recurring', start: null, end: null, cadence: 'year', month: 9 }],
    ['2021年每月5日前', { kind: 'recurring', start: '2021-01-01', end: '2021-12-31', cadence: 'month', day: 5 }],
    ['5个工作日内', { kind: 'relative', start: null, end: null, amount: 5, unit: 'workday' }],
    ['3-5个工作日', { kind: 'relative', start: null, end: null, amount: 5, unit: 'workday' }],
    ['一周内', { kind: 'relative', start: null, end: null, amount: 7, unit: 'day' }],
    ['1个月内', { kind: 'relative', start: null, end: null, amount: 1, unit: 'month' }],
    ['6月31日', { kind: 'unparsed', start: null, end: null, reason: 'nonexistent-day' }],
    ['9月30日至6月6日', { kind: 'interval', start: '2024-09-30', end: '2024-06-06', reversed: true }],
    ['见附件', { kind: 'unparsed', start: null, end: null }],
  ])('%s → %j', (text, expected) => {
    expect(describe2024(text)).toEqual({ text, ...expected });
  });

  it('puts the keys in the order of DOMAIN §7', () => {
    expect(Object.keys(describe2024('每月5日前'))).toEqual(['text', 'kind', 'start', 'end', 'cadence', 'day']);
    expect(Object.keys(describe2024('5个工作日内'))).toEqual(['text', 'kind', 'start', 'end', 'amount', 'unit']);
  });

  it('says when a phrase needs a year it was not given', () => {
    expect(describeDeadline(parseDeadline('6月5日前'))).toEqual({ text: '6月5日前', kind: 'by', start: null, end: null, reason: 'no-year' });
    expect(describeDeadline(parseDeadline('2020年6月5日前'))).toEqual({ text: '2020年6月5日前', kind: 'by', start: null, end: '2020-06-05' });
  });
});
