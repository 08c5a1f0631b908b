import { makeFinding } from '../../../core/findings/finding';
import { groupFindings } from './useCheckTab';

describe('groupFindings', () => {
  test('errors first, each code under its Chinese title, the most frequent first', () => {
    const phone = (cell: string) => makeFinding('PHONE_INVALID', '附件1', cell, { phone: '1', reason: '位数不对' });
    const shared = makeFinding('PHONE_SHARED', '附件1', 'E9', { phone: '13939263117', name: '郭小倩', otherName: '王磊', otherCell: 'E3' });
    const spacing = makeFinding('NAME_SPACING', '附件1', 'E7', { shown: '郭  琳', name: '郭琳' });
    const groups = groupFindings([spacing, shared, phone('E4'), phone('E5')], {});
    expect(groups.map((g) => [g.severity, g.codes.map((c) => [c.title, c.code, c.count])])).toEqual([
      ['error', [['电话号码无效', 'PHONE_INVALID', 2], ['同一号码登记给不同的人', 'PHONE_SHARED', 1]]],
      ['info', [['姓名中有空格', 'NAME_SPACING', 1]]],
    ]);
  });
});
