import type { EditPlan } from '../../core/edit-plan/edit-plan';
import { ALL_CAPABILITIES } from './office-capabilities';
import { OfficeHost } from './office-host';
import { FakeExcel } from './_test/fake-excel';
import { FakeWorkbook } from './_test/fake-workbook';

async function hostOver(workbook: FakeWorkbook) {
  const excel = new FakeExcel(workbook);
  const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES });
  excel.syncs = 0;
  return { excel, host };
}

/** A score row: an input, a total, a rank over the whole column, and a text constant. */
function scorePlan(lastRow: number): EditPlan {
  return { summary: '评分表', ops: [
    { op: 'setValues', sheet: '评分表', at: 'B4', values: [[null, { formula: 'IF(B4="","",B4*2)' }, { formula: "COUNTIF($C$4:$C$9,\">\"&C4)+'附件 1'!A1" }, '已评']] },
    { op: 'fillDown', sheet: '评分表', source: 'B4:E4', through: lastRow },
  ] };
}

describe('queueEditOp: fillDown', () => {
  it('fills a row of formulas down in one small request, moving relative rows only', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 评分表: [['评分表']], '附件 1': [[1]] }));
    await host.applyEditPlan(scorePlan(100_003));
    expect(excel.syncs).toBe(1);
    // A hundred thousand rows of formulas, and the request stays under 2 KB.
    expect(excel.requestSizes[0]).toBeLessThan(2_000);
    const sheet = excel.workbook.sheet('评分表')!;
    expect([sheet.cell(4, 2)?.formula, sheet.cell(100_002, 3)?.formula, sheet.cell(100_002, 4)?.value]).toEqual([
      'IF(B5="","",B5*2)', "COUNTIF($C$4:$C$9,\">\"&C100003)+'附件 1'!A100000", '已评',
    ]);
    expect(sheet.cell(100_003, 2)).toBeUndefined();
  });

  it('is undone: the rows it overwrote come back, formulas as formulas', async () => {
    const workbook = FakeWorkbook.fromRows({ 评分表: [['评分表'], [], [], [], [null, 7, 'x'], [null, null, null, '旧']], '附件 1': [[1]] });
    Object.assign(workbook.sheet('评分表')!.ensure(4, 3), { formula: 'SUM(A1:A2)', value: 0 });
    const before = JSON.stringify([...workbook.sheet('评分表')!.cells.entries()].sort());
    const { host } = await hostOver(workbook);
    const { undo } = await host.applyEditPlanWithUndo(scorePlan(6));
    expect(workbook.sheet('评分表')!.cell(5, 2)?.formula).toBe('IF(B6="","",B6*2)');
    expect(undo.unrestored).toEqual([]);
    await host.applyEditPlan(undo.plan);
    const after = [...workbook.sheet('评分表')!.cells.entries()].filter(([, c]) => c.value !== null || c.formula).sort();
    expect(JSON.stringify(after)).toBe(JSON.stringify(JSON.parse(before).filter(([, c]: [string, { value: unknown; formula?: string }]) => c.value !== null || c.formula)));
  });
});

describe('queueEditOp: rowHeight', () => {
  it('sets a run of rows in one write', async () => {
    const { excel, host } = await hostOver(FakeWorkbook.fromRows({ 附件1: [['a']] }));
    await host.applyEditPlan({ summary: '', ops: [{ op: 'rowHeight', sheet: '附件1', row: 4, toRow: 100_003, height: 28.5 }, { op: 'rowHeight', sheet: '附件1', row: 2, height: 40 }] });
    expect(excel.log.filter((entry) => entry.path.endsWith('rowHeight'))).toEqual([{ path: 'range.format.rowHeight', value: 28.5 }, { path: 'range.format.rowHeight', value: 40 }]);
  });
});
