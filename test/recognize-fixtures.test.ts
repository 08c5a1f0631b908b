import { recognizeWorkbook } from '../src/core/recognize/recognize-tables';
import { summarizeTable, type TableSummary } from '../src/core/recognize/table-summary';
import { readFixture } from './support/fixtures';

/**
 * Every seed table and every variant, recognised from the .xlsx fixtures
 * (built from ../shared/seeds by test/fixtures/build-fixtures.ts).
 */
type Expected = Partial<TableSummary> & Pick<TableSummary, 'sheet' | 'kind'>;

const EXPECTED: Record<string, Expected[]> = {
  'seed000.xlsx': [
    { sheet: '通知', kind: 'unknown', range: null, dataRows: 0 },
    { sheet: '附件1', kind: 'pairing-plan', range: 'A3:E49', headerRow: 3, annex: '附件1', title: '文明单位结对社区共建活动计划表（淇滨区46个）', declaredCount: 46, dataRows: 46, columns: { seq: 'A', unit: 'B', community: 'C', location: 'D', contact: 'E' } },
    { sheet: '附件1', kind: 'pairing-plan', range: 'A52:E86', headerRow: 52, title: '文明单位结对社区共建活动计划表（山城区34个）', declaredCount: 34, dataRows: 34 },
    { sheet: '附件1', kind: 'pairing-plan', range: 'A89:E114', headerRow: 89, title: '文明单位结对社区共建活动计划表（鹤山区25个）', declaredCount: 25, dataRows: 25 },
    { sheet: '附件2', kind: 'rubric', range: 'A3:D19', headerRow: 3, annex: '附件2', title: '鹤壁市星级文明小区评选标准', dataRows: 16, columns: { category: 'A', criterion: 'B', method: 'C', score: 'D' } },
  ],
  'seed001.xlsx': [
    { sheet: '附件1', kind: 'monthly-schedule', range: 'A3:D15', headerRow: 3, annex: '附件1', title: '晋城市城市管理局 2024 年度联点共建活动安排表', dataRows: 12, columns: { month: 'A', unit: 'B', person: 'C', note: 'D' } },
    { sheet: '附件2', kind: 'rubric', range: 'A5:E39', headerRow: 5, annex: '附件2', title: '责任单位创建全国文明城市工作测评表', dataRows: 29, repeatedHeaderRows: [10, 17, 22, 29, 37], columns: { category: 'A', criterion: 'B', note: 'C', maxPoints: 'D', score: 'E' } },
  ],
  'seed002.xlsx': [
    { sheet: '附件3', kind: 'star-standard', range: 'A3:F19', headerRow: 3, annex: '附件3', dataRows: 16, columns: { seq: 'A', aspect: 'B', criterion: 'C', leader: 'D', department: 'E', responsible: 'F' } },
    { sheet: '附件4', kind: 'roster', range: 'A3:C51', headerRow: null, annex: '附件4', title: '南阳新村街道办事处“社区建设年”工作领导小组成员名单', dataRows: 49, columns: { role: 'A', name: 'B', title: 'C' } },
    { sheet: '附件5', kind: 'task-breakdown', range: 'A3:F13', headerRow: 3, annex: '附件5', title: '南阳新村街道办事处“社区建设年”目标分解表', dataRows: 10, columns: { seq: 'A', task: 'B', leader: 'C', department: 'D', responsible: 'E', deadline: 'F' } },
  ],
  'seed003.xlsx': [
    { sheet: '考核办法', kind: 'unknown', range: null },
    { sheet: '月度考核', kind: 'score-sheet', range: 'A2:N14', headerRow: 2, title: '2024年度各村（社区）环境卫生月度考核得分表', dataRows: 12 },
  ],
  'seed004.xlsx': [
    { sheet: '工作机构', kind: 'roster', range: 'A1:C13', headerRow: null, dataRows: 13, columns: { role: 'A', name: 'B', title: 'C' } },
    { sheet: '附件1', kind: 'indicator-checklist', range: 'A3:J28', headerRow: 3, annex: '附件1', dataRows: 19, repeatedHeaderRows: [6, 10, 14, 17, 22, 26], columns: { indicatorL1: 'A', indicatorL2: 'B', indicatorL3: 'C', criterion: 'D', requirement: 'E', plannedWork: 'F', plannedTime: 'G', department: 'H', collection: 'I', contact: 'J' } },
    { sheet: '附件2', kind: 'site-checklist', range: 'A3:F10', headerRow: 3, annex: '附件2', dataRows: 7, columns: { seq: 'A', site: 'B', indicator: 'C', criterion: 'D', unit: 'E', contact: 'F' } },
    { sheet: '附件4', kind: 'grid-assignment', range: 'A3:J8', headerRows: [3, 4], annex: '附件4', title: '资阳市民政局创文创卫包联社区网格责任表', dataRows: 4, columns: { community: 'A', leader: ['B', 'C', 'E'], unit: 'D', contact: 'F', roads: 'G', compounds: 'H', gridStaff: ['I', 'J'] } },
  ],
  'variants.xlsx': [
    { sheet: '重排列', kind: 'pairing-plan', declaredCount: 8, dataRows: 8, columns: { phone: 'A', community: 'B', seq: 'C', unit: 'D', contactName: 'E', location: 'F' } },
    { sheet: '同义表头', kind: 'task-breakdown', dataRows: 6, columns: { seq: 'A', task: 'B', leader: 'C', department: 'D', responsible: 'E', deadline: 'F' } },
    { sheet: '时间节点', kind: 'task-breakdown', headerRow: 1, dataRows: 5, columns: { seq: 'A', task: 'B', leader: 'C', department: 'D', responsible: 'E', deadline: 'F' } },
    { sheet: '手机号码', kind: 'pairing-plan', dataRows: 6, columns: { seq: 'A', unit: 'B', community: 'C', location: 'D', contactName: 'E', phone: 'F' } },
    { sheet: '联系方式', kind: 'pairing-plan', dataRows: 5, columns: { seq: 'A', unit: 'B', community: 'C', location: 'D', contactName: 'E', phone: 'F' } },
    { sheet: '表头不在首行', kind: 'pairing-plan', range: 'C6:H13', headerRow: 6, title: '2025年度文明单位包联社区计划表（共6个）', declaredCount: 6, dataRows: 6, columns: { seq: 'C', unit: 'D', community: 'F', location: 'G', contact: 'H' } },
    { sheet: '无表格', kind: 'unknown', range: null, dataRows: 0, columns: {} },
    { sheet: '未知表格', kind: 'unknown', columns: {} },
    { sheet: '附件1 (2)', kind: 'monthly-schedule', dataRows: 12, columns: { month: 'A', unit: 'B', person: 'C', note: 'D' } },
    { sheet: "O'Brien表", kind: 'roster', headerRow: 2, dataRows: 5, columns: { role: 'A', name: 'B', title: 'C' } },
    { sheet: '数字电话', kind: 'pairing-plan', declaredCount: 8, dataRows: 8, columns: { seq: 'A', unit: 'B', community: 'C', contactName: 'D', phone: 'E' } },
  ],
};

describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
  let tables: TableSummary[];
  beforeAll(async () => {
    tables = recognizeWorkbook(await readFixture(file)).map(summarizeTable);
  });

  test('finds exactly the expected tables, in order', () => {
    expect(tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual(expected.map((e) => `${e.sheet}:${e.kind}`));
  });

  test.each(expected.map((e, i) => [`${e.sheet} ${e.kind} #${i}`, i] as const))('%s', (_, i) => {
    expect(tables[i]).toMatchObject(expected[i]);
  });
});
