import fc from 'fast-check';
import { gridFromRows } from '../grid/grid';
import { buildAnnexList, comparableTitle, readAnnexLists } from './annex-list';

describe('buildAnnexList', () => {
  test('GB/T 9704 §7.3.5: 附件： then 1．2．, later lines aligned under the first title, 左空二字', () => {
    expect(buildAnnexList(['文明单位结对社区共建活动计划表', '星级文明小区评选标准'])).toEqual([
      '\u3000\u3000附件：1．文明单位结对社区共建活动计划表',
      '\u3000\u3000\u3000\u3000\u30002．星级文明小区评选标准',
    ]);
  });

  test('without the paragraph indent; no punctuation after a title; spaces a PDF left are gone', () => {
    expect(buildAnnexList(['晋城市城市管理局 2024 年度联点共建活动安排表。', '责任单位创建全国文明城市工作测评表'], { indent: false })).toEqual([
      '附件：1．晋城市城市管理局2024年度联点共建活动安排表',
      '\u3000\u3000\u30002．责任单位创建全国文明城市工作测评表',
    ]);
  });

  test('a single annex carries no number', () => {
    expect(buildAnnexList(['包联社区网格责任表'], { indent: false })).toEqual(['附件：包联社区网格责任表']);
    expect(buildAnnexList([])).toEqual([]);
  });
});

describe('readAnnexLists', () => {
  test('seed 000 style: 附件：1．… then an indented 2．… in the next row', () => {
    const grid = gridFromRows('通知', [['正文'], ['附件：1．文明单位结对社区共建活动计划表'], ['      2．星级文明小区评选标准'], ['鹤壁市…办公室']]);
    expect(readAnnexLists(grid)).toEqual([
      { row: 1, col: 0, number: 1, title: '文明单位结对社区共建活动计划表' },
      { row: 2, col: 0, number: 2, title: '星级文明小区评选标准' },
    ]);
  });

  test('seed 004 style: ASCII dots, a blank row between items; seed 001: one cell with line breaks', () => {
    const spaced = gridFromRows('通知', [['附件：1. 对标责任清单'], [null], ['      2. 实地点位建设任务清单'], [null], [null], ['      3. 不再属于列表']]);
    expect(readAnnexLists(spaced).map((l) => `${l.number}${l.title}`)).toEqual(['1对标责任清单', '2实地点位建设任务清单']);
    const oneCell = gridFromRows('通知', [['附件：1. 联点共建活动安排表\n2. 工作测评表']]);
    expect(readAnnexLists(oneCell).map((l) => `${l.row}:${l.number}${l.title}`)).toEqual(['0:1联点共建活动安排表', '0:2工作测评表']);
  });

  test('a single unnumbered annex is number 1; numbering that jumps ends the list', () => {
    expect(readAnnexLists(gridFromRows('通知', [['附件：网格责任表'], ['2．别的']])).map((l) => l.number)).toEqual([1]);
    expect(readAnnexLists(gridFromRows('通知', [['附件：1．甲表'], ['3．丙表']])).map((l) => l.title)).toEqual(['甲表']);
  });

  test('round trip: the list built for some titles reads back as those titles', () => {
    const title = fc.string({ unit: fc.constantFrom('文', '明', '表', '单', '位', '1', '2'), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.array(title, { minLength: 2, maxLength: 12 }), fc.boolean(), (titles, indent) => {
      const grid = gridFromRows('通知', buildAnnexList(titles, { indent }).map((line) => [line]));
      expect(readAnnexLists(grid).map((l) => l.title)).toEqual(titles);
    }), { numRuns: 2000 });
  });
});

describe('comparableTitle', () => {
  test.each([
    ['文明单位结对社区共建活动计划表（淇滨区46个）', '文明单位结对社区共建活动计划表'],
    ['“星级”社区创建标准', '星级社区创建标准'],
    ['晋城市城市管理局 2024 年度联点共建活动安排表', '晋城市城市管理局2024年度联点共建活动安排表'],
  ])('%s → %s', (title, expected) => expect(comparableTitle(title)).toBe(expected));
});
