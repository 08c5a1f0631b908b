import { gridFromRows, type CellValue } from '../grid/grid';
import { findPeriodStatements } from './findPeriodStatements';

const periodsOf = (rows: readonly (readonly CellValue[])[]) =>
  findPeriodStatements(gridFromRows('通知', rows)).map(({ start, end, phrase, cell }) => ({ start, end, phrase, cell }));

describe('findPeriodStatements', () => {
  it.each([
    ['a heading, the period on the next line (seed 000)', [['二、时间安排'], ['2020年5月至12月。全市各级文明单位要认真履行…']], '2020-05-01', '2020-12-31', '2020年5月至12月', 'A2'],
    ['a heading, a blank row, then the period', [['二、活动时间'], [null], ['2021年3月1日至11月30日']], '2021-03-01', '2021-11-30', '2021年3月1日至11月30日', 'A3'],
    ['a heading with the period after its colon', [['三、实施时间：2019年6月至2020年5月，分三个阶段。']], '2019-06-01', '2020-05-31', '2019年6月至2020年5月', 'A1'],
    ['a label inside a sentence', [['本次活动时间为2024年全年，各单位要…']], '2024-01-01', '2024-12-31', '2024年全年', 'A1'],
    ['a numbered sub-heading', [['（一）活动期间'], ['2022年4月至10月']], '2022-04-01', '2022-10-31', '2022年4月至10月', 'A2'],
    ['a period across the new year (the year on its start carries on in calendar order)', [['活动时间：2020年12月至5月']], '2020-12-01', '2021-05-31', '2020年12月至5月', 'A1'],
    ['full-width digits and a colon', [['活动时间：２０２３年５月至１２月']], '2023-05-01', '2023-12-31', '2023年5月至12月', 'A1'],
  ] as const)('reads %s', (_, rows, start, end, phrase, cell) => {
    expect(periodsOf(rows)).toEqual([{ start, end, phrase, cell }]);
  });

  it.each([
    ['a period without a year: any year could be meant', [['二、时间安排'], ['5月至12月。']]],
    ['a single day is a deadline, not a period', [['活动时间：2020年6月30日前']]],
    ['a heading followed by prose', [['二、时间安排'], ['全市各级文明单位要认真履行文明城市创建的社会责任。']]],
    ['a heading with nothing below it', [['二、时间安排']]],
    ['a period far below its heading', [['二、时间安排'], [null], [null], ['2020年5月至12月']]],
    ['a time that is not the campaign\'s', [['报送时间：2020年5月至12月']]],
  ] as const)('ignores %s', (_, rows) => expect(periodsOf(rows)).toEqual([]));

  it('keeps the whole cell text with what was read', () => {
    const [found] = findPeriodStatements(gridFromRows('通知', [['二、时间安排'], ['2020年5月至12月。全市…']]));
    expect(found).toMatchObject({ sheet: '通知', text: '2020年5月至12月。全市…' });
  });

  it('leaves out the cells it is told to skip', () => {
    expect(findPeriodStatements(gridFromRows('附件1', [['活动时间：2020年5月至12月']]), () => true)).toEqual([]);
  });
});
