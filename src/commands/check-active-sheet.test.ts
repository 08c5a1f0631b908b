import { ALL_CAPABILITIES } from '../hosts/office/office-capabilities';
import { OfficeHost } from '../hosts/office/office-host';
import { FakeExcel } from '../hosts/office/_test/fake-excel';
import { FakeWorkbook } from '../hosts/office/_test/fake-workbook';
import { checkActiveSheetWith } from './check-active-sheet';

const PLAN = [
  ['附件1'],
  ['文明单位结对社区共建活动计划表（淇滨区3个）'],
  ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'],
  [1, '市委办公室', '长江社区', '长江路', '郭小倩13939263117'],
  [2, '市委党校', '黄河社区', '黄河路', '郭玉功 1513929295'],
];

describe('checkActiveSheet (ribbon)', () => {
  it('checks only the active sheet and marks it: one read sync, one write sync', async () => {
    const workbook = FakeWorkbook.fromRows({ 通知: [['关于……的通知']], 附件1: PLAN });
    workbook.activeSheet = 1;
    const excel = new FakeExcel(workbook);
    const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES });
    excel.syncs = 0;
    const report = await checkActiveSheetWith(host);
    // activeSheet, readWorkbook, applyEditPlan.
    expect(excel.syncs).toBe(3);
    expect(report.findings).toBeGreaterThan(0);
    const sheet = workbook.sheet('附件1')!;
    expect(sheet.cell(4, 4)?.fill).toBe('#FFC7CE');
    expect(sheet.notes.get('E5')).toMatch(/^【文明创建表格助手】\n错误：电话号码无效——电话号码“1513929295”无效/);
    expect(sheet.cell(3, 4)?.fill ?? null).toBeNull();
    expect(workbook.sheets.map((s) => s.name)).toEqual(['通知', '附件1', '校验结果']);
  });
});
