import ExcelJS from 'exceljs';
import type { EditPlan } from '../../core/edit-plan/edit-plan';
import { HostError } from '../workbook-host';
import { XlsxHost } from './xlsx-host';

async function roundTrip(host: XlsxHost): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  return workbook;
}

const plan: EditPlan = {
  summary: 'every op',
  ops: [
    { op: 'addSheet', sheet: "附件1 (2)" },
    { op: 'setValues', sheet: "附件1 (2)", at: 'B2', values: [['姓名', '分值', '合计'], ['郭琳', 5, { formula: 'SUM(C3:C3)' }], ['链接', null, { text: 'A1', hyperlink: "#'附件1 (2)'!A1" }]] },
    { op: 'format', sheet: "附件1 (2)", range: 'B2:D2', format: { font: { name: '黑体', size: 16, bold: true, color: '#C00000' }, fill: '#FFC7CE', horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin', numberFormat: '@', locked: false } },
    { op: 'merge', sheet: "附件1 (2)", range: 'B6:D6' },
    { op: 'columnWidth', sheet: "附件1 (2)", column: 'B', width: 20 },
    { op: 'rowHeight', sheet: "附件1 (2)", row: 2, height: 30 },
    { op: 'rowHeight', sheet: "附件1 (2)", row: 7, toRow: 9, height: 24 },
    { op: 'setValues', sheet: "附件1 (2)", at: 'F3', values: [['已评', { formula: "C3*$C$3+'附件1 (2)'!B3&\"C3\"" }, null]] },
    { op: 'fillDown', sheet: "附件1 (2)", source: 'F3:H3', through: 5 },
    { op: 'validation', sheet: "附件1 (2)", range: 'C3:C4', rule: { type: 'decimal', min: 0, max: 5, error: '得分应在 0～5 之间' } },
    { op: 'validation', sheet: "附件1 (2)", range: 'E3', rule: { type: 'list', source: ['按规定组织', '未按规定组织'] } },
    { op: 'conditionalFormat', sheet: "附件1 (2)", range: 'C3:C4', rule: { type: 'expression', formula: 'C3>5', format: { fill: '#FFC7CE' } } },
    { op: 'note', sheet: "附件1 (2)", cell: 'B3', text: '【文明创建表格助手】提示' },
    { op: 'pageSetup', sheet: "附件1 (2)", setup: { paperSize: 'A4', orientation: 'landscape', margins: { top: 37, bottom: 35, left: 28, right: 26 }, printTitleRows: '2:2', footer: '&C— &P —' } },
    { op: 'freeze', sheet: "附件1 (2)", rows: 2, columns: 0 },
  ],
};

describe('XlsxHost.applyEditPlan', () => {
  test('every op survives writing and reading the .xlsx', async () => {
    const host = XlsxHost.empty();
    expect(await host.applyEditPlan(plan)).toEqual({ applied: plan.ops.length, fallbacks: [] });
    const sheet = (await roundTrip(host)).getWorksheet("附件1 (2)")!;
    expect(sheet.getCell('B3').value).toBe('郭琳');
    expect(sheet.getCell('D3').value).toMatchObject({ formula: 'SUM(C3:C3)' });
    expect(sheet.getCell('D4').value).toMatchObject({ text: 'A1', hyperlink: "#'附件1 (2)'!A1" });
    expect(sheet.getCell('B2').font).toMatchObject({ name: '黑体', size: 16, bold: true });
    expect(sheet.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('B2').border.top).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('B2').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('C6').isMerged).toBe(true);
    expect(sheet.getColumn('B').width).toBe(20);
    expect(sheet.getRow(2).height).toBe(30);
    expect([6, 7, 8, 9, 10].map((r) => sheet.getRow(r).height)).toEqual([undefined, 24, 24, 24, undefined]);
    expect(['F5', 'G4', 'G5', 'H5'].map((a) => sheet.getCell(a).value)).toEqual(['已评', { formula: "C4*$C$3+'附件1 (2)'!B4&\"C3\"" }, { formula: "C5*$C$3+'附件1 (2)'!B5&\"C3\"" }, null]);
    expect(sheet.getCell('C4').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 5] });
    expect(sheet.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ['"按规定组织,未按规定组织"'] });
    expect(sheet.getCell('B3').note).toBe('【文明创建表格助手】提示');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '2:2' });
    expect(sheet.headerFooter.oddFooter).toBe('&C— &P —');
  });

  test('refuses a fillDown of several source rows before writing anything', async () => {
    const host = XlsxHost.empty();
    const bad: EditPlan = { summary: '', ops: [{ op: 'addSheet', sheet: '表' }, { op: 'fillDown', sheet: '表', source: 'A1:B2', through: 5 }] };
    await expect(host.applyEditPlan(bad)).rejects.toThrow('fillDown: the source must be one row, got A1:B2');
    expect(host.workbook.worksheets).toEqual([]);
  });

  test('addSheet with replace never duplicates a sheet', async () => {
    const host = XlsxHost.empty();
    const once: EditPlan = { summary: '', ops: [{ op: 'addSheet', sheet: '校验结果', replace: true }, { op: 'setValues', sheet: '校验结果', at: 'A1', values: [['x']] }] };
    await host.applyEditPlan(once);
    await host.applyEditPlan(once);
    expect(host.workbook.worksheets.map((s) => s.name)).toEqual(['校验结果']);
  });

  test('reading gives values, formats, merges and formula results', async () => {
    const host = XlsxHost.empty();
    await host.applyEditPlan(plan);
    const reread = await XlsxHost.fromBuffer(await host.toBuffer());
    const [grid] = (await reread.readWorkbook()).sheets;
    expect(grid.name).toBe("附件1 (2)");
    expect(grid.values[2][1]).toBe('郭琳');
    expect(grid.values[3][3]).toBe('A1');
    expect(grid.numberFormats?.[1]?.[1]).toBe('@');
    expect(grid.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 3 }]);
  });

  test('a protected sheet refuses the whole plan before writing anything', async () => {
    const host = XlsxHost.empty();
    await host.applyEditPlan({ summary: '', ops: [{ op: 'addSheet', sheet: '名单' }, { op: 'setValues', sheet: '名单', at: 'A1', values: [['原值']] }, { op: 'protect', sheet: '名单' }] });
    const attempt = host.applyEditPlan({ summary: '', ops: [{ op: 'addSheet', sheet: '新表' }, { op: 'setValues', sheet: '名单', at: 'A1', values: [['新值']] }] });
    await expect(attempt).rejects.toThrow(HostError);
    await expect(attempt).rejects.toThrow('受保护');
    expect(host.workbook.getWorksheet('名单')!.getCell('A1').value).toBe('原值');
    expect(host.workbook.getWorksheet('新表')).toBeUndefined();
    expect((await host.readWorkbook()).sheets[0].protected).toBe(true);
  });

  test.each(['', 'a'.repeat(32), '附件[1]', "'引号", 'History'])('an invalid sheet name %j is refused in Chinese', async (name) => {
    await expect(XlsxHost.empty().applyEditPlan({ summary: '', ops: [{ op: 'addSheet', sheet: name }] })).rejects.toThrow(/工作表名称/);
  });

  test('bytes that are not a workbook give a HostError', async () => {
    await expect(XlsxHost.fromBuffer(new TextEncoder().encode('not a zip'))).rejects.toThrow('不是有效的 .xlsx 工作簿');
  });
});

test('formatting one cell never recolours other cells that shared its style in the file', async () => {
  const host = XlsxHost.empty();
  await host.applyEditPlan({ summary: '', ops: [{ op: 'addSheet', sheet: '表' }, { op: 'setValues', sheet: '表', at: 'A1', values: [['甲', '乙'], ['丙', '丁']] }, { op: 'format', sheet: '表', range: 'A1:B2', format: { font: { name: '仿宋' } } }] });
  const reread = await XlsxHost.fromBuffer(await host.toBuffer());
  await reread.applyEditPlan({ summary: '', ops: [{ op: 'format', sheet: '表', range: 'B2', format: { fill: '#FFC7CE' } }] });
  const sheet = reread.workbook.getWorksheet('表')!;
  expect(sheet.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  for (const address of ['A1', 'B1', 'A2']) expect(sheet.getCell(address).fill?.type === 'pattern' && (sheet.getCell(address).fill as ExcelJS.FillPattern).pattern === 'solid').toBe(false);
  expect(sheet.getCell('A1').font).toMatchObject({ name: '仿宋' });
});
