import { gridFromRows } from '../grid/grid';
import { findDocumentNumber } from './findDocumentNumber';

describe('findDocumentNumber', () => {
  it.each([
    ['鹤创文办〔2020〕5号', 2020],
    ['晋市城管发[2024]70号', 2024],
    ['资民发［2021］25号', 2021],
    ['郑政办（2012）14号', 2012],
    ['豫文明办【2019】第3号', 2019],
    ['  鹤创文办〔２０２０〕５号  ', 2020],
    ['鹤创文办〔2020〕5号　　签发人：张三', 2020],
  ])('reads %j', (text, year) => {
    expect(findDocumentNumber(gridFromRows('通知', [[null, text], ['关于…的通知']]))).toEqual({ year, text: text.trim(), sheet: '通知', cell: 'B1' });
  });

  it.each([
    ['a number quoted in running text', '文件参考晋市创文办函〔2023〕3号。仅提供12月即可'],
    ['a law cited by title', '《关于做好2023年创建全国文明城市申报材料申报工作的通知》'],
    ['a bracketed year without a number', '鹤创文办〔2020〕'],
    ['a year out of range', '鹤创文办〔1820〕5号'],
  ])('ignores %s', (_, text) => expect(findDocumentNumber(gridFromRows('通知', [[text]]))).toBeUndefined());

  it('looks only at the first lines of a sheet: a 文号 further down cites another document', () => {
    const rows = [['关于…的通知'], ...Array.from({ length: 8 }, (_, i) => [`第${i + 1}段正文。`]), ['鹤创文办〔2019〕9号']];
    expect(findDocumentNumber(gridFromRows('通知', rows))).toBeUndefined();
  });

  it('skips blank rows when counting the first lines', () => {
    expect(findDocumentNumber(gridFromRows('通知', [[], [null], [''], ['鹤创文办〔2020〕5号']]))?.cell).toBe('A4');
  });

  it('leaves out the cells it is told to skip (a table listing documents)', () => {
    const grid = gridFromRows('附件3', [['序号', '文号'], [1, '鹤创文办〔2019〕9号']]);
    expect(findDocumentNumber(grid, (row, col) => row >= 0 && col === 1)).toBeUndefined();
  });
});
