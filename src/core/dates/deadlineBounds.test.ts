import { deadlineBounds } from './deadlineBounds';
import { parseDeadline } from './parseDeadline';

const bounds = (text: string, year?: number) => deadlineBounds(parseDeadline(text, { year }));

describe('deadlineBounds', () => {
  it.each([
    ['6月5日前', { end: { year: 2020, month: 6, day: 5 } }],
    ['2020.6.30', { start: { year: 2020, month: 6, day: 30 }, end: { year: 2020, month: 6, day: 30 } }],
    ['10月至12月上旬', { start: { year: 2020, month: 10, day: 1 }, end: { year: 2020, month: 12, day: 10 } }],
    ['全年', { start: { year: 2020, month: 1, day: 1 }, end: { year: 2020, month: 12, day: 31 } }],
    ['2023年7月至今', { start: { year: 2023, month: 7, day: 1 } }],
    ['9月30日至6月6日', {}],
    ['长期', {}],
    ['每月5日前', {}],
    ['5个工作日内', {}],
    ['按时间节点', {}],
    ['6月31日', {}],
    ['见附件', {}],
  ])('%s', (text, expected) => expect(bounds(text, 2020)).toEqual(expected));

  it('has no place for a yearless phrase', () => expect(bounds('6月5日前')).toEqual({}));
});
