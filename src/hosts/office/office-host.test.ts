import type { EditPlan } from '../../core/edit-plan/edit-plan';
import { HostError } from '../workbook-host';
import { ALL_CAPABILITIES, type OfficeCapabilities } from './office-capabilities';
import { OfficeHost } from './office-host';
import { FALLBACK_COMMENTS, FALLBACK_NO_NOTES, FALLBACK_NO_PAGE_LAYOUT } from './queue-edit-op';
import { FakeExcel } from './_test/fake-excel';
import { FakeWorkbook } from './_test/fake-workbook';

/** A pairing-plan-like sheet of `n` data rows under a header. */
function sheetRows(n: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['序号', '文明单位名称', '结对社区名单', '联系人及电话']];
  for (let i = 1; i <= n; i++) rows.push([i, `单位${i}`, `社区${i}`, `联系人${i} 139${String(i).padStart(8, '0')}`]);
  return rows;
}

async function hostOver(workbook: FakeWorkbook, capabilities: OfficeCapabilities = ALL_CAPABILITIES) {
  const excel = new FakeExcel(workbook);
  const host = await OfficeHost.create({ run: excel.run, capabilities });
  excel.syncs = 0; // creation learns the sheet names once; count from here
  return { excel, host };
}

/** The cells of a fake sheet as plain data, to compare before and after an undo. */
function dump(workbook: FakeWorkbook) {
  return workbook.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].filter(([, c]) => c.value !== null || c.formula || c.fill || c.numberFormat !== 'General').sort(),
    notes: [...s.notes.entries()].sort(),
  }));
}

describe('OfficeHost.readWorkbook', () => {
  it.each([10, 10_000])('reads %i rows of every sheet in one sync', async (n) => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 附件1: sheetRows(n), 附件2: sheetRows(3) }));
    const grids = await host.readWorkbook();
    expect(excel.syncs).toBe(1);
    expect(grids.sheets.map((g) => [g.name, g.values.length])).toEqual([['附件1', n + 1], ['附件2', 4]]);
  });

  it('turns Office values into the core\'s: errors, empties, numbers, booleans; anchors the grid at A1', async () => {
    const workbook = FakeWorkbook.fromRows({ 表: [[], [null, '姓名', 13939263117], [null, { error: '#REF!' }, true]] });
    const sheet = workbook.sheet('表')!;
    sheet.ensure(1, 2).numberFormat = '0.00E+00';
    sheet.merges.push({ top: 1, left: 1, bottom: 2, right: 1 });
    sheet.protected = true;
    const { host } = await hostOver(workbook);
    const [grid] = (await host.readWorkbook()).sheets;
    expect(grid.values).toEqual([[], [null, '姓名', 13939263117], [null, { error: '#REF!' }, true]]);
    expect(grid.numberFormats?.[1]).toEqual([undefined, 'General', '0.00E+00']);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
    expect(grid.protected).toBe(true);
  });

  it('reads only the named sheets, and an empty sheet as an empty grid', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 甲: [['a']], 空: [], 乙: [['b']] }));
    const grids = await host.readWorkbook({ sheets: ['空', '乙'] });
    expect(excel.syncs).toBe(1);
    expect(grids.sheets.map((g) => [g.name, g.values])).toEqual([['空', []], ['乙', [['b']]]]);
  });

  it('notices a sheet added since start-up (one more sync) and one deleted', async () => {
    const workbook = FakeWorkbook.fromRows({ 甲: [['a']], 乙: [['b']] });
    const { excel, host } = await hostOver(workbook);
    workbook.addSheet('新表').ensure(0, 0).value = 'c';
    workbook.deleteSheet('乙');
    const grids = await host.readWorkbook();
    expect(grids.sheets.map((g) => g.name)).toEqual(['甲', '新表']);
    expect(excel.syncs).toBe(2);
    excel.syncs = 0;
    await host.readWorkbook();
    expect(excel.syncs).toBe(1);
  });
});

describe('OfficeHost.applyEditPlan', () => {
  it.each([10, 10_000])('writes %i rows in one sync, phones kept as text', async (n) => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 附件1: sheetRows(n) }));
    const values = sheetRows(n).slice(1).map((row) => [`139${String(row[0]).padStart(8, '0')}`]);
    const plan: EditPlan = { summary: '修复电话', ops: [
      { op: 'format', sheet: '附件1', range: `E2:E${n + 1}`, format: { numberFormat: '@' } },
      { op: 'setValues', sheet: '附件1', at: 'E2', values },
    ] };
    const report = await host.applyEditPlan(plan);
    expect(excel.syncs).toBe(1);
    expect(report).toEqual({ applied: 2, fallbacks: [] });
    expect(excel.workbook.sheet('附件1')!.cell(n, 4)).toMatchObject({ value: `139${String(n).padStart(8, '0')}`, numberFormat: '@' });
  });

  it.each([10, 10_000])('with undo, still one sync for %i rows, and the undo restores exactly', async (n) => {
    const workbook = FakeWorkbook.fromRows({ 附件1: sheetRows(n) });
    const sheet = workbook.sheet('附件1')!;
    sheet.ensure(1, 3).fill = '#FFFF00';
    sheet.ensure(2, 3).formula = 'A3&B3';
    sheet.notes.set('D2', '原有注释');
    const before = dump(workbook);
    const { excel, host } = await hostOver(workbook);
    const plan: EditPlan = { summary: '标注', ops: [
      { op: 'format', sheet: '附件1', range: `D2:D${n + 1}`, format: { fill: '#FFC7CE', numberFormat: '@' } },
      { op: 'note', sheet: '附件1', cell: 'D2', text: '电话号码无效' },
      { op: 'note', sheet: '附件1', cell: 'D3', text: '电话号码无效' },
      { op: 'setValues', sheet: '附件1', at: 'D2', values: Array.from({ length: n }, (_, i) => [`改${i}`]) },
      { op: 'addSheet', sheet: '校验结果', replace: true },
      { op: 'setValues', sheet: '校验结果', at: 'A1', values: [['工作表', '单元格', '问题']] },
    ] };
    const { undo } = await host.applyEditPlanWithUndo(plan);
    expect(excel.syncs).toBe(1);
    expect(sheet.notes.get('D2')).toBe('电话号码无效');
    expect(workbook.sheet('校验结果')).toBeDefined();
    expect(undo.unrestored).toEqual([]);

    excel.syncs = 0;
    await host.applyEditPlan(undo.plan);
    expect(excel.syncs).toBe(1);
    expect(dump(workbook)).toEqual(before);
  });

  it('splits a plan above the 5 MB request limit into batches that each fit', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 大表: [['x']] }));
    const long = '文明城市创建'.repeat(20); // 360 bytes of UTF-8 per cell
    const values = Array.from({ length: 20_000 }, (_, i) => [`${i}`, long]);
    const { undo } = await host.applyEditPlanWithUndo({ summary: '大量写入', ops: [{ op: 'setValues', sheet: '大表', at: 'A1', values }] });
    expect(excel.syncs).toBeGreaterThan(1);
    expect(Math.max(...excel.requestSizes)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.workbook.sheet('大表')!.cell(19_999, 1)?.value).toBe(long);
    await host.applyEditPlan(undo.plan);
    expect(excel.workbook.sheet('大表')!.cell(0, 0)?.value).toBe('x');
    expect(excel.workbook.sheet('大表')!.cell(19_999, 1)?.value ?? null).toBeNull();
  });

  it('refuses a protected sheet before writing anything', async () => {
    const workbook = FakeWorkbook.fromRows({ 附件1: sheetRows(2) });
    workbook.sheet('附件1')!.protected = true;
    const { excel, host } = await hostOver(workbook);
    await host.readWorkbook();
    excel.syncs = 0;
    const attempt = host.applyEditPlan({ summary: '', ops: [{ op: 'setValues', sheet: '附件1', at: 'A1', values: [['x']] }] });
    await expect(attempt).rejects.toThrow(new HostError('工作表“附件1”受保护，无法修改。请先撤销工作表保护。'));
    expect(excel.syncs).toBe(0);
  });

  it('refuses a sheet that does not exist, in Chinese', async () => {
    const { host } = await hostOver(FakeWorkbook.fromRows({ 附件1: [] }));
    await expect(host.applyEditPlan({ summary: '', ops: [{ op: 'note', sheet: '附件9', cell: 'A1', text: 'x' }] })).rejects.toThrow('找不到工作表“附件9”。');
  });

  it('falls back from notes to comments on ExcelApi 1.10–1.17, replacing an existing comment', async () => {
    const workbook = FakeWorkbook.fromRows({ 附件1: sheetRows(2) });
    workbook.sheet('附件1')!.comments.push({ id: 'old', cell: 'D2', content: '旧批注' });
    const { host } = await hostOver(workbook, { ...ALL_CAPABILITIES, notes: false });
    const { fallbacks, undo } = await host.applyEditPlanWithUndo({ summary: '', ops: [{ op: 'note', sheet: '附件1', cell: 'D2', text: '电话号码无效' }] });
    expect(fallbacks).toEqual([FALLBACK_COMMENTS]);
    expect(workbook.sheet('附件1')!.comments.map((c) => [c.cell, c.content])).toEqual([['D2', '电话号码无效']]);
    await host.applyEditPlan(undo.plan);
    expect(workbook.sheet('附件1')!.comments.map((c) => [c.cell, c.content])).toEqual([['D2', '旧批注']]);
  });

  it('without notes or comments, says the findings are only on the 校验结果 sheet', async () => {
    const { host } = await hostOver(FakeWorkbook.fromRows({ 附件1: [] }), { ...ALL_CAPABILITIES, notes: false, comments: false, pageLayout: false });
    const report = await host.applyEditPlan({ summary: '', ops: [
      { op: 'note', sheet: '附件1', cell: 'A1', text: 'x' },
      { op: 'pageSetup', sheet: '附件1', setup: { paperSize: 'A4', orientation: 'landscape' } },
    ] });
    expect(report.fallbacks).toEqual([FALLBACK_NO_NOTES, FALLBACK_NO_PAGE_LAYOUT]);
  });

  it('queues page setup, borders, validation and widths on the Office objects', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 附件1: sheetRows(2) }));
    await host.applyEditPlan({ summary: '', ops: [
      { op: 'pageSetup', sheet: '附件1', setup: { paperSize: 'A4', orientation: 'landscape', margins: { top: 37, bottom: 35, left: 28, right: 26 }, printTitleRows: '4:4', footer: '&C— &P —' } },
      { op: 'format', sheet: '附件1', range: 'A1:B2', format: { border: 'thin', horizontal: 'center', font: { bold: true } } },
      { op: 'validation', sheet: '附件1', range: 'C2:C3', rule: { type: 'decimal', min: 0, max: 5, error: '得分应在 0～5 之间' } },
      { op: 'columnWidth', sheet: '附件1', column: 'B', width: 20 },
    ] });
    const paths = excel.log.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([
      '附件1.pageLayout.paperSize', '附件1.pageLayout.orientation', '附件1.pageLayout.topMargin', '附件1.pageLayout.setPrintTitleRows()',
      '附件1.pageLayout.headersFooters.defaultForAllPages.centerFooter',
      'range.format.borders.getItem().style', 'range.format.horizontalAlignment', 'range.format.font.bold',
      'range.dataValidation.rule', 'range.dataValidation.errorAlert', 'range.format.columnWidth',
    ]));
    expect(excel.log.find((e) => e.path === '附件1.pageLayout.topMargin')?.value).toBeCloseTo(104.88, 1);
    expect(excel.log.find((e) => e.path === '附件1.pageLayout.setPrintTitleRows()')?.value).toEqual(['$4:$4']);
    expect(excel.log.find((e) => e.path === 'range.format.columnWidth')?.value).toBe(108.75);
  });
});

describe('OfficeHost selection', () => {
  it('selects a finding\'s cell in one sync', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 附件1: sheetRows(2), 附件2: [] }));
    await host.selectCell('附件2', 'E27');
    expect(excel.syncs).toBe(1);
    expect(excel.workbook.selection).toEqual({ sheet: '附件2', address: 'E27' });
    expect(await host.activeSheet()).toBe('附件2');
  });
});

describe('OfficeHost freeze panes', () => {
  it('freezes rows and columns at once with freezeAt, recorded by address', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 表: [['a']] }));
    await host.applyEditPlan({ summary: '', ops: [{ op: 'freeze', sheet: '表', rows: 3, columns: 1 }] });
    expect(excel.log).toEqual([{ path: '表.freezePanes.freezeAt()', value: [{ range: 'A1:A3' }] }]);
  });
});
