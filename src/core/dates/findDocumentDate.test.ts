import { gridFromRows } from '../grid/grid';
import { findDocumentDate } from './findDocumentDate';

describe('findDocumentDate', () => {
  it.each([
    ['2020年5月27日', { year: 2020, month: 5, day: 27 }],
    ['2012年3月20日印', { year: 2012, month: 3, day: 20 }],
    ['资阳市民政局办公室                　　     2021年4月29日印发', { year: 2021, month: 4, day: 29 }],
    ['二〇二〇年五月二十七日', { year: 2020, month: 5, day: 27 }],
    ['鹤壁市创文办\n2020年5月27日', { year: 2020, month: 5, day: 27 }],
  ])('reads %j', (text, day) => {
    expect(findDocumentDate(gridFromRows('通知', [['正文'], [null, text]]))).toEqual({ day, text: text.split('\n').pop()?.trim(), sheet: '通知', cell: 'B2' });
  });

  it.each([
    '从7月份开始，各单位每月5日前报送，截至2020年5月27日',
    '完成时限：2020年6月30日前',
    '2021年2月29日',
    '2020年5月',
  ])('ignores %j', (text) => expect(findDocumentDate(gridFromRows('通知', [[text]]))).toBeUndefined());

  it('takes the last date line, as at the foot of a notice', () => {
    expect(findDocumentDate(gridFromRows('通知', [['2020年1月1日'], ['正文'], ['2020年5月27日']]))?.cell).toBe('A3');
  });
});
