import { gridFromRows, type CellValue } from '../grid/grid';
import { countAreaCodes } from './countAreaCodes';

const count = (...rows: CellValue[]) => countAreaCodes({ sheets: [gridFromRows('附件1', rows.map((r) => [r]))] })
  .map(({ areaCode, count: n, cell }) => `${areaCode}×${n}@${cell}`);

describe('countAreaCodes', () => {
  it.each([
    ['landlines in the usual forms', ['郑国梁 0392-3311235', '(0392)3311236', '03923311237', '联系电话：0392 3311238'], ['0392×4@A1']],
    ['most common first, ties in order of first sight', ['0371-66651234', '0392-3311234', '0392-3311235', '028-22212345'], ['0392×2@A2', '0371×1@A1', '028×1@A4']],
    ['a number listed twice counts once', ['0371-66651234', '0371-66651234', '0392-3311234', '0392-3311235'], ['0392×2@A3', '0371×1@A1']],
    ['mobiles, 400/800 and service numbers say nothing', ['郭小倩13939263117', '400-123-4567', '800-820-8820', '12345', '+86 139 3926 3117'], []],
    ['local numbers without an area code say nothing', ['3311234', '电话：3311234'], []],
    ['a 0 that starts no real area code', ['0000-1234567', '邮编：045000'], []],
  ] as const)('%s', (_, cells, expected) => expect(count(...cells)).toEqual(expected));

  it('ignores numbers stored as numbers: their leading 0 is gone', () => {
    expect(count(3923311234)).toEqual([]);
  });

  it('names the first cell and its text', () => {
    expect(countAreaCodes({ sheets: [gridFromRows('通知', [['正文'], ['联系人：王晓东，电话：0392-3311234。']])] })).toEqual([
      { areaCode: '0392', count: 1, sheet: '通知', cell: 'A2', text: '联系人：王晓东，电话：0392-3311234。' },
    ]);
  });
});
