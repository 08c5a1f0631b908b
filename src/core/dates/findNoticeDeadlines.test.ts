import { gridFromRows } from '../grid/grid';
import { findNoticeDeadlines } from './findNoticeDeadlines';

describe('findNoticeDeadlines', () => {
  it.each([
    ['完成时限：2020年6月30日前', '2020年6月30日前'],
    ['完成时限:2020年8月30日前', '2020年8月30日前'],
    ['  完成时间：7月底前，逾期不候。', '7月底前'],
    ['截止时间： 6月5日', '6月5日'],
    ['一是……\n完成时限：2020年9月10日前\n二是……', '2020年9月10日前'],
  ])('reads %j', (text, phrase) => {
    expect(findNoticeDeadlines(gridFromRows('通知', [[text]]))).toEqual([{ text: phrase, sheet: '通知', cell: 'A1' }]);
  });

  it.each([
    '各单位要按照完成时限：6月底前完成', '时间安排', '完成时限：', '2020年5月至12月。',
  ])('ignores %j', (text) => expect(findNoticeDeadlines(gridFromRows('通知', [[text]]))).toEqual([]));

  it('leaves cells inside tables to checkDates', () => {
    const grid = gridFromRows('附件5', [['完成时限：6月30日前'], ['完成时限：7月30日前']]);
    expect(findNoticeDeadlines(grid, (row, col) => row === 1 && col === 0).map((d) => d.cell)).toEqual(['A1']);
  });
});
