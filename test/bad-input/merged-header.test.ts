import { columnLetter } from '../../src/core/grid/a1';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';

const ROWS = [
  [1, '市委办公室', '兴鹤社区', '九州路1号', '郭小倩', '13939263117'],
  [2, '市委宣传部', '福源社区', '淇滨大道2号', '韩旭', '15378673897'],
  [3, '市财政局', '长江社区', '黄河路3号', '徐静', '13551701935'],
];

describe('merged cells across a header', () => {
  test('a two-row header: 联系人 merged over 姓名 | 电话, the other headers merged down', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('附件1');
      sheet.getCell('A1').value = '文明单位结对社区共建活动计划表（淇滨区3个）';
      sheet.mergeCells('A1:F1');
      ['序号', '文明单位名称', '结对社区名单', '社区具体位置'].forEach((text, i) => {
        sheet.getCell(2, i + 1).value = text;
        sheet.mergeCells(2, i + 1, 3, i + 1);
      });
      sheet.getCell('E2').value = '联系人';
      sheet.mergeCells('E2:F2');
      sheet.getCell('E3').value = '姓名';
      sheet.getCell('F3').value = '联系电话';
      ROWS.forEach((row, r) => row.forEach((v, c) => { sheet.getCell(4 + r, c + 1).value = v; }));
    });
    const { result } = await survives(bytes);
    const plan = result.tables.find((t) => t.kind === 'pairing-plan');
    expect(plan).toBeDefined();
    expect(plan!.dataRows).toEqual([3, 4, 5]);
    expect(plan!.declaredCount).toBe(3);
    const phone = plan!.columns.find((c) => c.role === 'phone');
    expect(phone && columnLetter(phone.col)).toBe('F');
    expect(result.findings.filter((f) => f.code === 'COUNT_MISMATCH')).toEqual([]);
    await cliChecks(tempFile('合并表头.xlsx', bytes));
  });

  test('one header cell merged across two data columns (联系人及电话 over E:F)', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('附件1');
      ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'].forEach((text, i) => { sheet.getCell(1, i + 1).value = text; });
      sheet.mergeCells('E1:F1');
      ROWS.forEach((row, r) => row.forEach((v, c) => { sheet.getCell(2 + r, c + 1).value = v; }));
    });
    const { result } = await survives(bytes);
    expect(result.tables.some((t) => t.kind === 'pairing-plan')).toBe(true);
    await cliChecks(tempFile('跨列表头.xlsx', bytes));
  });

  test('a merge that runs from the header down into the data, under a title merged across the sheet', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('附件1');
      sheet.getCell('A1').value = '计划表（3个）';
      ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人', '联系电话'].forEach((text, i) => { sheet.getCell(2, i + 1).value = text; });
      ROWS.forEach((row, r) => row.forEach((v, c) => { if (c !== 1) sheet.getCell(3 + r, c + 1).value = v; }));
      sheet.getCell('B2').value = '文明单位名称';
      sheet.mergeCells('B2:B5');
      sheet.mergeCells('A1:F1');
    });
    await survives(bytes);
    await cliChecks(tempFile('乱合并.xlsx', bytes));
  });
});
