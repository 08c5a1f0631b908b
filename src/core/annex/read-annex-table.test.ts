import { gridFromRows } from '../grid/grid';
import { recognizeTables } from '../recognize/recognize-tables';
import { fixtureWorkbook } from './_test/annex-fixtures';
import type { AnnexKind } from './annex-kind';
import type { AnnexTable } from './annex-table';
import { readAnnexTable } from './read-annex-table';

async function read(file: string, sheet: string, kind: AnnexKind): Promise<AnnexTable> {
  const grid = (await fixtureWorkbook(file)).sheets.find((g) => g.name === sheet)!;
  return readAnnexTable(grid, recognizeTables(grid).filter((t) => t.kind !== 'unknown'), kind);
}

const column = (table: AnnexTable, role: string) => table.rows.filter((r) => r.type === 'data').map((r) => r.cells[table.columns.findIndex((c) => c.role === role)]);

describe('readAnnexTable', () => {
  test('columns recognition does not know (共建内容) are kept where the source had them, with their data', () => {
    const grid = gridFromRows('附件1', [['文明单位结对社区共建活动计划表（2个）'], ['序号', '文明单位名称', '结对社区名单', '共建内容', '社区具体位置', '联系人及电话'],
      [1, '市委办公室', '兴鹤社区', '环境整治、志愿服务', '九州路1号', '郭小倩13939263117'], [2, '市财政局', '福源社区', '', '淇滨大道2号', '韩旭15378673897']]);
    const table = readAnnexTable(grid, recognizeTables(grid).filter((t) => t.kind !== 'unknown'), 'pairing-plan');
    expect(table.columns.map((c) => c.header.join('/'))).toEqual(['序号', '文明单位名称', '结对社区名单', '共建内容', '社区具体位置', '联系人及电话']);
    expect(column(table, 'other')).toEqual(['环境整治、志愿服务', null]);
  });

  test('a task breakdown keeps its 配合单位 column, after the lead department, in the source header', () => {
    const grid = gridFromRows('附件5', [['附件5'], ['重点任务分解表'], ['序号', '工作任务', '牵头单位', '协办单位', '责任人', '完成时限'],
      [1, '背街小巷整治', '城管局', '住建局、各街道', '张三', '2024年6月底前'], [2, '公益广告', '宣传部', '各社区', '李四', '2024年7月']]);
    const table = readAnnexTable(grid, recognizeTables(grid).filter((t) => t.kind !== 'unknown'), 'task-breakdown');
    expect(table.columns.map((c) => c.header.join('/'))).toEqual(['序号', '工作任务', '牵头单位', '协办单位', '责任人', '完成时限']);
    expect(column(table, 'partner')).toEqual(['住建局、各街道', '各社区']);
  });

  test('seed 000 附件1: three district tables in one, a sub-heading per district keeping its title, 序号 restarting', async () => {
    const table = await read('seed000.xlsx', '附件1', 'pairing-plan');
    expect(table.title).toBe('文明单位结对社区共建活动计划表');
    expect(table.rows.filter((r) => r.type === 'section').map((r) => r.cells[0])).toEqual([
      '文明单位结对社区共建活动计划表（淇滨区46个）', '文明单位结对社区共建活动计划表（山城区34个）', '文明单位结对社区共建活动计划表（鹤山区25个）',
    ]);
    expect(table.report).toMatchObject({ rows: 105, sections: 3, countFixes: [] });
    const seq = column(table, 'seq');
    expect([seq[0], seq[45], seq[46], seq[104]]).toEqual([1, 46, 1, 25]);
    expect(table.notes).toEqual(['注：浚县、淇县、开发区、示范区自行组织开展结对社区共建活动。']);
  });

  test('names unpadded, multi-line cells kept as line breaks', async () => {
    const table = await read('seed000.xlsx', '附件1', 'pairing-plan');
    expect(column(table, 'contact').slice(0, 4)).toEqual(['郭小倩13939263117', '焦海谦18503920260', '郭银生18503920552', '郭琳13503921007']);
    expect(column(table, 'unit')[0]).toBe('市委办公室\n市委党校');
  });

  test('seed 000 附件2: blank categories become merged runs; the shared header spans two columns', async () => {
    const table = await read('seed000.xlsx', '附件2', 'rubric');
    expect(table.columns.map((c) => c.header.join('/'))).toEqual(['测评标准', '测评标准', '测评方法', '得分']);
    expect(table.rows.map((r) => (r.continues[0] ? '|' : r.cells[0])).join(' ')).toBe('环境建设好 | | | 文化氛围好 卫生环境好 | | 物业管理好 | | | 居民素质好 | 志愿服务好 加分项目');
  });

  test('seed 001 附件2: repeated headers dropped, the form lines kept above, 一、 rows bold', async () => {
    const table = await read('seed001.xlsx', '附件2', 'rubric');
    expect(table.report.droppedHeaderRows).toBe(5);
    expect(table.rows.some((r) => r.cells.includes('检查项目'))).toBe(false);
    expect(table.formLines).toEqual(['单位名称：', '综合考核得分：']);
    expect(table.rows.filter((r) => r.bold).map((r) => String(r.cells[0]).slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(table.notes).toEqual(['检查人员签字：']);
  });

  test('seed 001 附件1: the note lines below the table, `1 月` written `1月`', async () => {
    const table = await read('seed001.xlsx', '附件1', 'monthly-schedule');
    expect(table.notes.map((n) => n.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    expect(column(table, 'month').slice(0, 2)).toEqual(['1月', '2月']);
  });

  test('seed 004 附件4: two header rows; a category repeated across rows merges', async () => {
    const table = await read('seed004.xlsx', '附件4', 'grid-assignment');
    expect(table.columns.map((c) => c.header.join('/')).slice(0, 3)).toEqual(['街道（乡镇）社区（村）', '联系领导/市级', '联系领导/区级']);
    expect(table.rows.map((r) => r.continues.slice(0, 4).map((c) => (c ? 1 : 0)).join(''))).toEqual(['0000', '1110', '1110', '1110']);
  });

  test('columns in the office order; phones stored as numbers back to text; odd characters gone', async () => {
    const reordered = await read('variants.xlsx', '重排列', 'pairing-plan');
    expect(reordered.columns.map((c) => c.role)).toEqual(['seq', 'unit', 'community', 'location', 'contactName', 'phone']);
    const numbers = await read('variants.xlsx', '数字电话', 'pairing-plan');
    expect(column(numbers, 'phone')).toEqual(['13939263117', '0392-3311234', '18503920552', '13503921007', '15939260844', '13939263117', '17613909009', '0392-3311235']);
    expect(column(numbers, 'contactName').slice(3, 5)).toEqual(['王芳', '李强']);
  });

  test('序号 renumbered, the declared count set to the real count', () => {
    const grid = gridFromRows('计划', [
      ['文明单位结对社区共建活动计划表（淇滨区4个）', null, null, null, null],
      ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'],
      [1, '市委办公室', '迎宾社区', '华山路', '郭小倩13939263117'],
      [3, '市政府办公室', '怡乐园社区', '黎阳路', '焦海谦18503920260'],
      [3, '市人大', '福源社区', '兴鹤大街', '郭银生18503920552'],
    ], [{ top: 0, left: 0, bottom: 0, right: 4 }]);
    const table = readAnnexTable(grid, recognizeTables(grid), 'pairing-plan');
    expect(column(table, 'seq')).toEqual([1, 2, 3]);
    expect(table.report).toMatchObject({ renumberedRows: 1, countFixes: [{ from: 4, to: 3, title: '文明单位结对社区共建活动计划表（淇滨区3个）' }] });
    expect(table.title).toBe('文明单位结对社区共建活动计划表（淇滨区3个）');
  });

  test('a headerless roster gets the layout\'s header; roles merge down their group', async () => {
    const table = await read('seed004.xlsx', '工作机构', 'roster');
    expect(table.columns.map((c) => c.header[0])).toEqual(['组内职务', '姓名', '职务']);
    expect(table.rows.map((r) => (r.continues[0] ? '|' : r.cells[0])).join(' ')).toBe('组长 副组长 | | | | 成员 | | | | | |');
    expect(column(table, 'name').slice(0, 2)).toEqual(['林俐', '秦淑兰']);
  });
});
