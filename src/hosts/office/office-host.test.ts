import type { EditOp, EditPlan } from '../../core/edit-plan/edit-plan';
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

async function hostOver(workbook: FakeWorkbook, capabilities: OfficeCapabilities = ALL_CAPABILITIES, web = false) {
  const excel = new FakeExcel(workbook, { web });
  const host = await OfficeHost.create({ run: excel.run, capabilities, web });
  // Creation learns the sheet names once; count from here.
  excel.syncs = 0;
  excel.requestSizes.length = 0;
  excel.responseSizes.length = 0;
  return { excel, host };
}

/** A sheet of every kind of cell: numbers with formats, text that looks like an error, real errors (typed and computed), booleans, merges. */
function mixedSheet(workbook: FakeWorkbook, name: string, rows: number): void {
  const sheet = workbook.addSheet(name);
  for (let r = 0; r < rows; r++) {
    sheet.ensure(r + 2, 1).value = r;
    sheet.ensure(r + 2, 2).value = `联系人${r} 139${String(r).padStart(8, '0')}，${'文明城市创建'.repeat(25)}`;
    if (r % 7 === 0) sheet.ensure(r + 2, 3).value = 13939263117 + r;
    if (r % 7 === 0) sheet.ensure(r + 2, 3).numberFormat = '0';
    if (r % 11 === 0) sheet.ensure(r + 2, 4).value = '#REF!';
    if (r % 13 === 0) sheet.ensure(r + 2, 5).error = '#N/A';
    if (r % 17 === 0) Object.assign(sheet.ensure(r + 2, 6), { formula: 'A1/0', error: '#DIV/0!' });
    if (r % 19 === 0) sheet.ensure(r + 2, 7).value = r % 2 === 0;
    if (r % 23 === 0) sheet.ensure(r + 2, 8).numberFormat = '@';
  }
  sheet.merges.push({ top: 2, left: 1, bottom: 3, right: 1 });
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

  it('finds error cells without loading value types: the same grid as with them', async () => {
    const workbook = new FakeWorkbook();
    mixedSheet(workbook, '表', 200);
    const { excel, host } = await hostOver(workbook);
    const grids = await host.readWorkbook();
    const { host: without } = await hostOver(workbook, { ...ALL_CAPABILITIES, specialCells: false });
    expect(grids).toEqual(await without.readWorkbook());
    expect(grids.sheets[0].values[2 + 13][5]).toEqual({ error: '#N/A' });
    expect(grids.sheets[0].values[2 + 17][6]).toEqual({ error: '#DIV/0!' });
    expect(grids.sheets[0].values[2 + 11][4]).toBe('#REF!');
    expect(excel.syncs).toBe(1);
  });

  it('on the web, reads a workbook above the 5 MB response limit in blocks: the same grids as one sync on the desktop', async () => {
    const workbook = () => {
      const fake = FakeWorkbook.fromRows({ 附件1: sheetRows(3) });
      mixedSheet(fake, '大表', 12_000);
      return fake;
    };
    const desktop = await hostOver(workbook());
    const expected = await desktop.host.readWorkbook();
    expect(desktop.excel.syncs).toBe(1);
    expect(desktop.excel.responseSizes[desktop.excel.responseSizes.length - 1]).toBeGreaterThan(5_000_000);

    const web = await hostOver(workbook(), ALL_CAPABILITIES, true);
    expect(await web.host.readWorkbook()).toEqual(expected);
    // The refused attempt, the sizes, then blocks of ≤ 4 MB each.
    const firstRead = web.excel.syncs;
    expect(firstRead).toBeGreaterThanOrEqual(4);
    expect(Math.max(...web.excel.responseSizes.slice(-(firstRead - 1)))).toBeLessThanOrEqual(5_000_000);
    // The next read knows the workbook is too big for one response and skips the attempt.
    expect(await web.host.readWorkbook()).toEqual(expected);
    expect(web.excel.syncs - firstRead).toBe(firstRead - 1);
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

  it('on the desktop, writes a plan of any size in one sync', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 大表: [['x']] }));
    const long = '文明城市创建'.repeat(20); // 360 bytes of UTF-8 per cell
    const values = Array.from({ length: 20_000 }, (_, i) => [`${i}`, long]);
    await host.applyEditPlanWithUndo({ summary: '大量写入', ops: [{ op: 'setValues', sheet: '大表', at: 'A1', values }] });
    expect(excel.syncs).toBe(1);
    expect(excel.requestSizes[0]).toBeGreaterThan(5_000_000);
    expect(excel.workbook.sheet('大表')!.cell(19_999, 1)?.value).toBe(long);
  });

  it('on the web, splits a plan above the 5 MB request limit into batches that each fit, and undoes them all', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 大表: [['x']] }), ALL_CAPABILITIES, true);
    await host.readWorkbook(); // as the pane does before a command: the host then knows what the cells hold
    excel.syncs = 0;
    excel.requestSizes.length = 0;
    const long = '文明城市创建'.repeat(20);
    const values = Array.from({ length: 20_000 }, (_, i) => [`${i}`, long]);
    const { undo } = await host.applyEditPlanWithUndo({ summary: '大量写入', ops: [{ op: 'setValues', sheet: '大表', at: 'A1', values }] });
    // ≈ 7.4 MB: two batches, the least 5 MB allows.
    expect(excel.syncs).toBe(Math.ceil(excel.requestSizes.reduce((a, b) => a + b, 0) / 5_000_000));
    expect(Math.max(...excel.requestSizes)).toBeLessThanOrEqual(5_000_000);
    expect(excel.workbook.sheet('大表')!.cell(19_999, 1)?.value).toBe(long);
    await host.applyEditPlan(undo.plan);
    expect(excel.workbook.sheet('大表')!.cell(0, 0)?.value).toBe('x');
    expect(excel.workbook.sheet('大表')!.cell(19_999, 1)?.value ?? null).toBeNull();
  });

  it('on the web, applies every op of a large plan under the 5 MB cap, as the desktop does in one sync', async () => {
    const plan: EditPlan = { summary: '标注', ops: [
      ...Array.from({ length: 4_000 }, (_, i): EditOp => ({ op: 'format', sheet: '附件1', range: `D${i + 2}`, format: { fill: i % 3 ? '#FFC7CE' : '#FFEB9C' } })),
      ...Array.from({ length: 4_000 }, (_, i): EditOp => ({ op: 'note', sheet: '附件1', cell: `D${i + 2}`, text: `【文明创建表格助手】\n错误 PHONE_INVALID：电话号码“${i}”无效，${'请核对'.repeat(40)}` })),
      { op: 'addSheet', sheet: '校验结果', replace: true },
      { op: 'setValues', sheet: '校验结果', at: 'A1', values: Array.from({ length: 8_000 }, (_, i) => [i + 1, '附件1', { text: `D${i + 2}`, hyperlink: `#附件1!D${i + 2}` }, '错误', '文明城市创建'.repeat(8)]) },
      { op: 'format', sheet: '附件1', range: 'E2:E8001', format: { numberFormat: '@' } },
    ] };
    const desktop = await hostOver(FakeWorkbook.fromRows({ 附件1: sheetRows(8_000) }));
    const before = dump(desktop.excel.workbook);
    const desktopUndo = (await desktop.host.applyEditPlanWithUndo(plan)).undo;
    expect(desktop.excel.syncs).toBe(1);
    expect(desktop.excel.requestSizes[0]).toBeGreaterThan(10_000_000);

    const web = await hostOver(FakeWorkbook.fromRows({ 附件1: sheetRows(8_000) }), ALL_CAPABILITIES, true);
    const { undo } = await web.host.applyEditPlanWithUndo(plan);
    expect(Math.max(...web.excel.requestSizes)).toBeLessThanOrEqual(5_000_000);
    expect(Math.max(...web.excel.responseSizes)).toBeLessThanOrEqual(5_000_000);
    expect(web.excel.syncs).toBeLessThanOrEqual(Math.ceil(desktop.excel.requestSizes[0] / 5_000_000) + 1);
    expect(dump(web.excel.workbook)).toEqual(dump(desktop.excel.workbook));
    expect(web.excel.log).toEqual(desktop.excel.log);

    await web.host.applyEditPlan(undo.plan);
    await desktop.host.applyEditPlan(desktopUndo.plan);
    expect(dump(web.excel.workbook)).toEqual(before);
    expect(dump(desktop.excel.workbook)).toEqual(before);
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
