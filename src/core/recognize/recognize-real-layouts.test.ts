import type { CellRange, CellValue } from '../grid/grid';
import { gridFromRows } from '../grid/grid';
import { recognizeTables } from './recognize-tables';
import { summarizeTable } from './table-summary';

/**
 * Layouts of real documents of other places (docs/recognition.md), each in its smallest
 * form: one test per pattern the recogniser generalised, with invented names.
 */
const recognize = (rows: CellValue[][], merges: CellRange[] = []) => recognizeTables(gridFromRows('表', rows, merges)).map(summarizeTable);

describe('header words read as a grammar', () => {
  test.each<[string, CellValue[], Record<string, string>]>([
    ['prefix + head, bracketed counts and weights', ['考评指标（3项）', '考评内容', '考评办法', '分值（占40%）', '实得分'], { category: 'A', criterion: 'B', method: 'C', maxPoints: 'D', score: 'E' }],
    ['a one-character slip', ['测评项目', '测评容', '测评方法', '分值'], { category: 'A', criterion: 'B', method: 'C', maxPoints: 'D' }],
    ['in A及B the last word is the head', ['基本指标', '测评内容', '测评标准及方法', '考察结果'], { category: 'A', criterion: 'B', method: 'C', score: 'D' }],
  ])('%s', (_, header, columns) => {
    const [table] = recognize([header, header.map((_h, i) => (i === 1 ? '1.建立完善的工作制度（4分）' : i === 0 ? '组织领导' : null))]);
    expect(table).toMatchObject({ kind: 'rubric', columns });
  });

  test('guessed roles are reported with a lower confidence', () => {
    const [table] = recognize([['测评项目', '测评容', '分值'], ['组织领导', '1.成立领导小组（4分）', 4]]);
    expect(table.guessed).toEqual({ criterion: 'B' });
    expect(table.confidence).toBeLessThan(1);
  });
});

describe('rows that are not data', () => {
  test('a weight row under the header and a form line above it', () => {
    const [table] = recognize([
      ['文明社区测评细则'],
      ['社区名称：', null, '自评得分：', '分'],
      ['测评项目', '测评内容', '分值', '得分'],
      [null, null, '（分）', '（分）'],
      ['组织领导', '1.成立领导小组。', 4, null],
      [null, '2.年初有计划。', 2, null],
    ]);
    expect(table).toMatchObject({ kind: 'rubric', headerRows: [3], dataRows: 2, title: '文明社区测评细则' });
  });

  test('a 注 row followed by the header again: the table goes on', () => {
    const header = ['测评项目', '测评内容', '分值', '得分'];
    const [table] = recognize([header, ['组织领导', '1.成立领导小组。', 4, null], ['注：以上为第一部分。'], header, ['环境卫生', '2.路面干净。', 6, null]]);
    expect(table).toMatchObject({ dataRows: 2, repeatedHeaderRows: [4] });
  });

  test('a lone signing date at the foot of a table', () => {
    const [table] = recognize([['序号', '路段名称', '问题描述', '责任单位'], [1, '湘北大道', '车辆违停', '停车办'], [2, '赶山路', '路面积水', '市政处'], ['2019年4月21日']]);
    expect(table).toMatchObject({ kind: 'site-checklist', dataRows: 2 });
  });
});

describe('headers of two rows and columns named by their data', () => {
  test('cells merged down over the second header row make it a two-row header', () => {
    const [table] = recognize(
      [['文明单位考核测评汇总表'], ['序号', '考核项目', '材料审核（80分）', null, '备注'], [null, null, '应得分', '实得分', null], [1, '领导班子坚强有力', 10, null, null], [2, '业务工作实绩显著', 14, null, null]],
      [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }, { top: 1, left: 4, bottom: 2, right: 4 }],
    );
    expect(table).toMatchObject({ kind: 'rubric', headerRows: [2, 3], columns: { seq: 'A', category: 'B', maxPoints: 'C', score: 'D', note: 'E' } });
  });

  test('a column headed only by its points (`整体观察（20分）`) is where a rubric part is scored', () => {
    const [table] = recognize([['考核项目', '测评内容', '分值', '整体观察（20分）'], ['组织领导', '1.成立领导小组（4分）', 4, null], [null, '2.年初有计划（2分）', 2, null]]);
    expect(table.columns).toMatchObject({ category: 'A', criterion: 'B', maxPoints: 'C', score: 'D' });
  });

  test('a responsibility table with no 任务 column: the standards to meet are its tasks', () => {
    const [table] = recognize([['某区深化文明社区建设责任分解表'], ['项目名称', '具体标准', '责任单位'], ['深化文明社区建设', '文明创建工作机制健全，有专干。', '区文明办'], [null, '规范发布善行义举榜。', '各街道']]);
    expect(table).toMatchObject({ kind: 'task-breakdown', columns: { task: 'B', department: 'C' } });
  });

  test('an unnamed column counting 1, 2, 3 is the 序号', () => {
    const [table] = recognize([['指标名称', null, '测评内容', '分值'], ['班子强', 1, '制定发展规划', 6], [null, 2, '班子团结', 4], [null, 3, '村务公开', 2]]);
    expect(table.columns).toMatchObject({ seq: 'B' });
  });

  test('criterion words over several columns: the longest text keeps the role, a shorter one to its left is a sub-category', () => {
    const [table] = recognize([['考评项目', '考评内容', '考评标准', '考评方法'], ['班子建设', '组织建设', '1、党组织各项制度健全，能发挥战斗堡垒作用；3分', '听取汇报'], [null, null, '2、积极开展学习型党组织建设；3分', '审核材料']]);
    expect(table.columns).toMatchObject({ category: ['A', 'B'], criterion: 'C', method: 'D' });
  });
});

describe('tables typed without a header', () => {
  test('a roster whose role words vary, names and titles in one cell', () => {
    const [table] = recognize([['总指挥：', '王某某市委书记'], [null, '李某某市长'], ['副总指挥：', '张某某市委常委、宣传部长'], ['常务副组长：', '赵某、钱某']]);
    expect(table).toMatchObject({ kind: 'roster', headerRows: [], dataRows: 4, columns: { role: 'A', name: 'B' } });
  });

  test('names one per row under a title, grouped by district', () => {
    const [table] = recognize([['某市绿色社区名单（第一批）'], ['东区（3个）'], ['建南社区'], ['胜中社区'], ['工南社区'], ['西区（2个）'], ['和平里社区'], ['幸福街道办事处']]);
    expect(table).toMatchObject({ kind: 'entity-list', headerRows: [], dataRows: 5, columns: { entity: 'A' } });
  });

  test('a column of short words that are not organisations is not a list', () => {
    expect(recognize([['注意事项'], ['按时到岗'], ['着装整齐'], ['文明用语']])[0].kind).toBe('unknown');
  });

  test('an outline of stars: numbered headings over their items', () => {
    const [table] = recognize([['十星级文明小区标准'], ['一、机构健全星', null], [null, '1.建立健全居民委员会。'], [null, '2.建立健全居民小组。'], ['二、设施完善星', null], [null, '1.消防设施齐全完好。']]);
    expect(table).toMatchObject({ kind: 'star-standard', headerRows: [], dataRows: 5, columns: { aspect: 'A', criterion: 'B' } });
  });

  test('an outline of sites and their problems under a title that says so', () => {
    const [table] = recognize([['实地点位的问题如下：'], ['一、客运站', '1.宣传栏陈旧破损'], [null, '2.非机动车未按位摆放'], ['二、铁路公园', '1.树墩未清理']], [{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect(table).toMatchObject({ kind: 'site-checklist', dataRows: 3, columns: { site: 'A', criterion: 'B' } });
  });
});
