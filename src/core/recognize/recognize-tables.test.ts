import fc from 'fast-check';
import { rangeAddress } from '../grid/a1';
import type { CellRange, CellValue } from '../grid/grid';
import { gridFromRows } from '../grid/grid';
import { recognizeTables } from './recognize-tables';
import { summarizeTable } from './table-summary';

const recognize = (rows: CellValue[][], merges: CellRange[] = []) => recognizeTables(gridFromRows('表', rows, merges)).map(summarizeTable);

describe('recognizeTables on layouts the seeds do not show', () => {
  test('a two-row header typed without merged cells', () => {
    const [table] = recognize([
      ['街道社区', '联系领导', null, '包联单位', '责任路段', '责任小区', '街巷长', null],
      [null, '市级', '区级', null, null, null, '网格员', '城管队员'],
      ['鸿丰社区', '刘廷安', '于正中', '市民政局', '马巷子后街2栋', '鸿丰小区', '陈悦顺18784345038', '李婷15182151520'],
    ]);
    expect(table).toMatchObject({ kind: 'grid-assignment', headerRows: [1, 2], dataRows: 1, columns: { community: 'A', leader: ['B', 'C'], unit: 'D', roads: 'E', compounds: 'F', gridStaff: ['G', 'H'] } });
  });

  test('a rubric whose 测评标准 header spans category and criterion without a merge', () => {
    const [table] = recognize([
      ['测评标准', null, '测评方法', '得分'],
      ['环境建设好', '1.路面硬化。（5分）', '实地察看', null],
      [null, '2.消防设施。（5分）', '实地察看', null],
    ]);
    expect(table).toMatchObject({ kind: 'rubric', dataRows: 2, columns: { category: 'A', criterion: 'B', method: 'C', score: 'D' } });
  });

  test('a header repeated after a page break is not data; one repeated after a new title starts a new table', () => {
    const header = ['序号', '文明单位名称', '结对社区名单', '联系人及电话'];
    const tables = recognize([
      ['计划表（甲区3个）'], header, [1, '单位甲', '社区甲', '张三13939263117'], header, [2, '单位乙', '社区乙', '李四13939263118'], [3, '单位丙', '社区丙', '王五13939263119'],
      [], ['计划表（乙区1个）'], header, [1, '单位丁', '社区丁', '赵六13939263110'],
    ]);
    expect(tables.map((t) => [t.title, t.dataRows, t.repeatedHeaderRows ?? []])).toEqual([
      ['计划表（甲区3个）', 3, [4]],
      ['计划表（乙区1个）', 1, []],
    ]);
  });

  test('a note row ends the table and is not data', () => {
    const [table] = recognize([
      ['时间', '责任单位', '责任人'], ['1月', '一大队', '赵铁军'], ['2月', '二大队', '张东'],
      ['注：如有新任务下达，另行通知。'], ['3月', '三大队', '张辉'],
    ]);
    expect(table).toMatchObject({ kind: 'monthly-schedule', dataRows: 2, range: 'A1:C3' });
  });

  test('data rows whose cells read like header words stay data', () => {
    const [table] = recognize([
      ['序号', '单位名称', '社区名称', '联系电话'],
      [1, '单位', '社区', '13939263117'],
      [2, '市直工委', '牟山社区', '17603923669'],
    ]);
    expect(table).toMatchObject({ kind: 'pairing-plan', dataRows: 2 });
  });

  test('a headerless roster with blank "same as above" role cells', () => {
    const [table] = recognize([
      ['领导小组成员名单'], ['组  长：', '林  俐', '局长'], ['副组长：', '秦淑兰', '副局长'], [null, '王大杰', '副局长'], ['成  员：', '郑  建', '办公室主任'],
    ]);
    expect(table).toMatchObject({ kind: 'roster', headerRow: null, dataRows: 4, title: '领导小组成员名单', range: 'A2:C5' });
  });

  test('an empty sheet and a sheet of prose give one unknown entry', () => {
    expect(recognize([])).toEqual([expect.objectContaining({ kind: 'unknown', range: null, dataRows: 0 })]);
    expect(recognize([['为充分发挥文明单位示范引领作用……'], ['二、时间安排']])).toEqual([expect.objectContaining({ kind: 'unknown', range: null })]);
  });

  test('error values, booleans and dates in cells do not disturb recognition', () => {
    const [table] = recognize([
      ['序号', '目标', '责任部门', '完成时限'],
      [1, { error: '#REF!' }, '党政办', new Date(Date.UTC(2020, 5, 30))],
      [2, true, { error: '#N/A' }, '年底前完成'],
    ]);
    expect(table).toMatchObject({ kind: 'task-breakdown', dataRows: 2 });
  });
});

describe('recognizeTables never throws', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('序号', '单位名称', '社区', '联系人', '联系电话', '测评标准', '分值', '得分', '时间', '责任人', '组  长：', '张  敏', '附件1', '注：', '计划表（3个）', '市级', '区级'),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.date(),
    fc.record({ error: fc.constantFrom('#REF!', '#N/A', '#DIV/0!') }),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 });
  const merge = fc.record({ top: fc.nat(20), left: fc.nat(8), height: fc.nat(3), width: fc.nat(3) })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

  test('over 2,000 arbitrary grids with arbitrary merges, every table lies inside the sheet', () => {
    fc.assert(fc.property(grid, fc.array(merge, { maxLength: 4 }), (rows, merges) => {
      const tables = recognizeTables(gridFromRows('表', rows, merges));
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.range.top).toBeLessThanOrEqual(t.range.bottom);
        for (const row of t.dataRows) expect(row).toBeLessThan(Math.max(rows.length, 1));
        expect(() => rangeAddress(t.range)).not.toThrow();
      }
    }), { numRuns: 2000 });
  });
});

describe('a band of group names above the header', () => {
  test('merged category band over score items makes a two-row header', () => {
    const [table] = recognize([
      ['评分汇总表'],
      [null, null, '环境建设好', null, '文化氛围好', null, null],
      ['序号', '名称', '1.路面硬化（5分）', '2.消防设施（5分）', '5.宣传版面（10分）', '总分', '名次'],
      [1, '迎宾社区', 5, 4.5, 9, 18.5, 1],
    ], [{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect(table).toMatchObject({ kind: 'score-sheet', headerRows: [2, 3], title: '评分汇总表', dataRows: 1, columns: { seq: 'A', entity: 'B', item: ['C', 'D', 'E'], total: 'F', rank: 'G' } });
  });

  test('a form line such as 综合考核得分: above a header is not a band', () => {
    const [table] = recognize([
      ['测评表'], ['综合考核得分:'],
      ['检查项目', '考核办法', '注意事项', '分值', '得分'],
      ['1. 党员干部入户宣传', '组织党员干部进社区。（2分）', null, 2, null],
    ]);
    expect(table).toMatchObject({ kind: 'rubric', headerRows: [3], title: '测评表' });
  });
});
